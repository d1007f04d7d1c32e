package io.reptempo.report;

import io.reptempo.chart.PhaseSequence;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.Mount;
import io.reptempo.reps.SetResult;
import io.reptempo.reps.SetSummary;
import io.reptempo.reps.TrainingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The session's facts and the set summary as label/value lines, shared by the HTML and PDF reports. */
public final class SessionFacts {
    /** One labelled line. */
    public record Line(String label, String value) {
    }

    private SessionFacts() {
    }

    /** File, exercise, date, load, target, samples, duration, skipped rows and gaps. */
    public static List<Line> facts(Session session) {
        SourceInfo src = session.source();
        AnalysisSettings s = session.result().settings();
        Map<String, String> meta = src.metadata();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("File", src.name()));
        lines.add(new Line("Exercise", exercise(s)));
        SessionDate date = SessionDate.fromMetadata(meta, ZoneId.systemDefault());
        lines.add(new Line("Date", date != null ? date.text() : "not in the recording"));
        String load = meta.get("load_kg");
        if (load != null) {
            lines.add(new Line("Load", load + " kg"));
        }
        lines.add(new Line("Target tempo", s.target() == null ? "none" : s.target() + " (eccentric-pause-concentric-pause, "
                + "tolerance " + trim(s.tempoToleranceS()) + " s)"));
        double rate = src.durationS() > 0 ? src.samples() / src.durationS() : 0;
        lines.add(new Line("Samples", src.samples() + (rate > 0 ? String.format(Locale.ROOT, " (about %.0f per second)", rate)
                : "")));
        lines.add(new Line("Duration", String.format(Locale.ROOT, "%.1f s", src.durationS())));
        lines.add(new Line("Skipped rows", src.skippedRows() == 0 ? "none" : session.readSummary()));
        lines.add(new Line("Gaps", src.gaps() == 0 ? "none" : src.gaps() + " (motion across a gap was not measured)"));
        return lines;
    }

    /** Reps, time under tension, average tempo, velocity, velocity loss, best ROM, shortenings, flags. */
    public static List<Line> summary(SetResult result) {
        SetSummary sum = result.summary();
        boolean bar = result.settings().mount() == Mount.BAR;
        String velUnit = bar ? "m/s" : "deg/s";
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Reps", String.valueOf(sum.repCount())));
        lines.add(new Line("Time under tension", String.format(Locale.ROOT, "%.1f s", sum.timeUnderTensionS())));
        lines.add(new Line("Average tempo", sum.repCount() == 0 ? "-" : sum.averageTempo()
                + " (eccentric-pause-concentric-pause)"));
        if (sum.bestMeanConcentricVelocity() != null) {
            lines.add(new Line("Best mean concentric velocity",
                    FlagSentences.velocity(sum.bestMeanConcentricVelocity(), bar) + " " + velUnit));
        }
        if (sum.velocityLossPct() != null) {
            lines.add(new Line("Velocity loss", String.format(Locale.ROOT, "%.0f %% by the last rep (most %.0f %%)",
                    sum.velocityLossPct(), sum.maxVelocityLossPct() == null ? 0 : sum.maxVelocityLossPct())));
        }
        lines.add(new Line("Best range of motion", bar ? String.format(Locale.ROOT, "%.1f cm", sum.bestRom() * 100)
                : String.format(Locale.ROOT, "%.0f deg", sum.bestRom())));
        lines.add(new Line("Unwanted shortenings", String.valueOf(sum.shorteningCount())));
        int flagged = (int) result.reps().stream().filter(r -> !r.flags().isEmpty()).count();
        lines.add(new Line("Flagged reps", flagged + " of " + sum.repCount()));
        return lines;
    }

    static String exercise(AnalysisSettings s) {
        StringBuilder sb = new StringBuilder(s.exercise().name());
        sb.append(" (").append(s.mount() == Mount.BAR ? "sensor on the bar" : "sensor on a limb").append(", ")
                .append(s.exercise().eccentricFirst() ? "eccentric first" : "concentric first");
        if (s.mode() == TrainingMode.ECCENTRIC_ONLY) {
            sb.append(", eccentric-only").append(PhaseSequence.returnedBySpotter(s) ? ", a spotter returns the load" : "");
        }
        return sb.append(')').toString();
    }

    static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }
}
