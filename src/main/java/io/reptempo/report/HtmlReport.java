package io.reptempo.report;

import io.reptempo.chart.FlagLabels;
import io.reptempo.chart.PhaseSequence;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.Flag;
import io.reptempo.reps.Mount;
import io.reptempo.reps.PhaseKind;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import io.reptempo.reps.TempoPrescription;
import java.util.List;
import java.util.Locale;

/**
 * The session report as one self-contained HTML page: facts, summary, target compliance, the rep
 * table with flagged reps marked, flags in words and the charts as inline SVG.
 */
public final class HtmlReport {
    /** Tempo notation order, as in the Tempo column beside it. */
    private static final List<PhaseKind> NOTATION = List.of(PhaseKind.ECCENTRIC, PhaseKind.PAUSE_AFTER_ECCENTRIC,
            PhaseKind.CONCENTRIC, PhaseKind.PAUSE_AFTER_CONCENTRIC);

    private HtmlReport() {
    }

    /** @param files the other files of the report, linked at the end (names relative to the page) */
    public static String render(Session session, SessionCharts charts, List<String> files) {
        List<String> svgCharts = charts.svgElements();
        SetResult result = session.result();
        StringBuilder sb = HtmlPage.open("reptempo report: " + session.name());
        sb.append("<h1>").append(HtmlText.escape(session.name())).append("</h1>\n");
        sb.append("<p class=\"lead\">").append(HtmlText.escape(SessionFacts.exercise(result.settings())))
                .append("</p>\n");

        sb.append("<h2>Session</h2>\n");
        HtmlPage.facts(sb, SessionFacts.facts(session));
        sb.append("<h2>Summary</h2>\n");
        HtmlPage.facts(sb, SessionFacts.summary(result));
        compliance(sb, result);
        repTable(sb, result);
        flags(sb, result);

        sb.append("<h2>Charts</h2>\n");
        for (int i = 0; i < svgCharts.size(); i++) {
            SessionCharts.Named c = charts.charts().get(i);
            sb.append("<figure id=\"chart-").append(c.stem()).append("\">\n").append(svgCharts.get(i))
                    .append("\n<figcaption>").append(HtmlText.escape(c.caption())).append("</figcaption>\n</figure>\n");
        }
        if (!files.isEmpty()) {
            sb.append("<h2>Files</h2>\n<ul class=\"files\">\n");
            for (String f : files) {
                sb.append("<li><a href=\"").append(HtmlText.href(f)).append("\">").append(HtmlText.escape(f))
                        .append("</a></li>\n");
            }
            sb.append("</ul>\n");
        }
        return HtmlPage.close(sb);
    }

    private static void compliance(StringBuilder sb, SetResult result) {
        TargetCompliance c = TargetCompliance.of(result);
        if (c == null) {
            return;
        }
        AnalysisSettings s = result.settings();
        sb.append("<h2>Target tempo ").append(HtmlText.escape(s.target().toString())).append("</h2>\n");
        sb.append("<p><strong>Reps on target: ").append(c.repsOnTarget()).append(" of ").append(c.reps())
                .append("</strong> (every phase within ").append(SessionFacts.trim(s.tempoToleranceS()))
                .append(" s of its target).</p>\n");
        sb.append("<table class=\"grid\" id=\"compliance\">\n<thead><tr><th>Phase</th><th class=\"num\">Target s</th>")
                .append("<th class=\"num\">On target</th><th class=\"num\">Too short / fast</th>")
                .append("<th class=\"num\">Too long / slow</th></tr></thead>\n<tbody>\n");
        for (TargetCompliance.PhaseLine l : c.phases()) {
            sb.append("<tr><td><span class=\"swatch ").append(HtmlPage.swatchClass(l.kind())).append("\"></span>")
                    .append(HtmlText.escape(l.label())).append("</td><td class=\"num\">")
                    .append(Double.isNaN(l.target()) ? "X" : TempoPrescription.formatSeconds(l.target()))
                    .append("</td><td class=\"num\">").append(l.measured() == 0 ? "-" : l.onTarget() + " of " + l.measured())
                    .append("</td><td class=\"num\">").append(l.tooShort()).append("</td><td class=\"num\">")
                    .append(l.tooLong()).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private static void repTable(StringBuilder sb, SetResult result) {
        AnalysisSettings s = result.settings();
        boolean bar = s.mount() == Mount.BAR;
        String velUnit = bar ? "m/s" : "deg/s";
        sb.append("<h2>Reps</h2>\n");
        if (result.reps().isEmpty()) {
            sb.append("<p>No reps found. Check that the sensor was held still for about a second at the start and "
                    + "that the exercise matches the lift.</p>\n");
            return;
        }
        sb.append("<table class=\"grid\" id=\"reps\">\n<thead><tr><th class=\"num\">Rep</th><th>Tempo</th>");
        for (PhaseKind k : NOTATION) {
            sb.append("<th class=\"num\"><span class=\"swatch ").append(HtmlPage.swatchClass(k)).append("\"></span>")
                    .append(HtmlText.escape(headerName(k, s))).append(" s</th>");
        }
        sb.append("<th class=\"num\">ROM ").append(bar ? "cm" : "deg").append("</th>")
                .append("<th class=\"num\">Mean ").append(velUnit).append("</th>")
                .append("<th class=\"num\">Peak ").append(velUnit).append("</th>")
                .append("<th class=\"num\">Loss %</th><th>Flags</th></tr></thead>\n<tbody>\n");
        for (Rep r : result.reps()) {
            boolean flagged = !r.flags().isEmpty();
            sb.append("<tr class=\"rep").append(flagged ? " flagged" : "").append("\" id=\"rep-").append(r.index())
                    .append("\"><td class=\"num\">").append(r.index()).append(flagged ? " \u2691" : "").append("</td><td>")
                    .append(HtmlText.escape(r.tempo())).append("</td>");
            for (PhaseKind k : NOTATION) {
                Double d = r.duration(k);
                Flag off = tempoFlag(r, k);
                if (off != null) {
                    sb.append("<td class=\"num off\" title=\"").append(HtmlText.escape(off.message())).append("\">")
                            .append(seconds(d)).append(FlagLabels.isTooLong(off.type()) ? " \u2191" : " \u2193")
                            .append("</td>");
                } else {
                    sb.append("<td class=\"num\">").append(seconds(d)).append("</td>");
                }
            }
            sb.append("<td class=\"num\">").append(String.format(Locale.ROOT, bar ? "%.1f" : "%.0f", r.rom() * (bar ? 100 : 1)))
                    .append("</td><td class=\"num\">").append(velocity(r.meanConcentricVelocity(), bar))
                    .append("</td><td class=\"num\">").append(velocity(r.peakConcentricVelocity(), bar))
                    .append("</td><td class=\"num\">").append(r.velocityLossPct() == null ? "-"
                            : String.format(Locale.ROOT, "%.0f", r.velocityLossPct()))
                    .append("</td><td class=\"flags\">")
                    .append(HtmlText.escape(flagged ? String.join(", ", FlagLabels.shortNames(r)) : "-"))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        if (result.settings().target() != null) {
            sb.append("<p class=\"note\">Outlined cells are off target: \u2191 too long or slow, \u2193 too short or fast. "
                    + "Flagged reps are marked \u2691.</p>\n");
        } else {
            sb.append("<p class=\"note\">Flagged reps are marked \u2691.</p>\n");
        }
    }

    private static void flags(StringBuilder sb, SetResult result) {
        sb.append("<h2>Flags</h2>\n");
        List<String> sentences = FlagSentences.of(result);
        if (sentences.isEmpty()) {
            sb.append("<p>No flags: every rep met the standards").append(result.settings().target() != null
                    ? " and the target tempo" : "").append(".</p>\n");
            return;
        }
        sb.append("<ul class=\"flags\">\n");
        for (String s : sentences) {
            sb.append("<li>").append(HtmlText.escape(s)).append("</li>\n");
        }
        sb.append("</ul>\n");
    }

    private static String headerName(PhaseKind k, AnalysisSettings s) {
        return switch (k) {
            case ECCENTRIC -> "Ecc";
            case PAUSE_AFTER_ECCENTRIC, PAUSE_AFTER_CONCENTRIC -> "Pause";
            case CONCENTRIC -> PhaseSequence.returnedBySpotter(s) ? "Return" : "Con";
        };
    }

    private static Flag tempoFlag(Rep r, PhaseKind k) {
        for (Flag f : r.flags()) {
            if (FlagLabels.phaseOf(f.type()) == k) {
                return f;
            }
        }
        return null;
    }

    private static String seconds(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String velocity(Double v, boolean bar) {
        return v == null ? "-" : FlagSentences.velocity(v, bar);
    }
}
