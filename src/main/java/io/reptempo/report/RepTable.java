package io.reptempo.report;

import io.reptempo.reps.Flag;
import io.reptempo.reps.Mount;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import io.reptempo.reps.SetSummary;
import io.reptempo.reps.TrainingMode;
import java.util.Locale;
import java.util.stream.Collectors;

/** The rep table and set summary as plain text for the terminal. */
public final class RepTable {
    private RepTable() {
    }

    public static String render(SetResult result) {
        boolean bar = result.settings().mount() == Mount.BAR;
        boolean returns = result.settings().mode() == TrainingMode.ECCENTRIC_ONLY && result.settings().assistedReturn();
        double romScale = bar ? 100 : 1;
        String romUnit = bar ? "cm" : "deg";
        String velUnit = bar ? "m/s" : "deg/s";
        StringBuilder sb = new StringBuilder();
        String con = returns ? "Return" : "Con";
        sb.append(String.format(Locale.ROOT, "%-4s %-16s %6s %6s %6s %6s %8s %9s %9s  %s%n", "Rep", "Tempo",
                "Ecc s", "Pause", con + " s", "Pause", "ROM " + romUnit, "Mean " + velUnit, "Peak " + velUnit,
                "Flags"));
        for (Rep r : result.reps()) {
            String flags = r.flags().isEmpty() ? "-" : r.flags().stream().map(f -> f.type().code()).distinct()
                    .collect(Collectors.joining(", "));
            sb.append(String.format(Locale.ROOT, "%-4d %-16s %6s %6s %6s %6s %8.1f %9s %9s  %s%n", r.index(), r.tempo(),
                    sec(r.eccentricS()), sec(r.pauseAfterEccentricS()), sec(r.concentricS()),
                    sec(r.pauseAfterConcentricS()), r.rom() * romScale, vel(r.meanConcentricVelocity(), bar),
                    vel(r.peakConcentricVelocity(), bar), flags));
        }
        SetSummary s = result.summary();
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "Reps: %d   Time under tension: %.1f s   Average tempo: %s%n",
                s.repCount(), s.timeUnderTensionS(), s.repCount() == 0 ? "-" : s.averageTempo()));
        if (result.settings().target() != null) {
            long onTarget = result.reps().stream().filter(r -> r.flags().stream().noneMatch(
                    f -> f.type().code().contains("too-"))).count();
            sb.append(String.format(Locale.ROOT, "Target tempo: %s   Reps on target: %d of %d%n",
                    result.settings().target(), onTarget, s.repCount()));
        }
        if (s.bestMeanConcentricVelocity() != null) {
            sb.append(String.format(Locale.ROOT, "Best mean concentric velocity: %s %s   Velocity loss: %s%n",
                    vel(s.bestMeanConcentricVelocity(), bar), velUnit,
                    s.velocityLossPct() == null ? "-" : String.format(Locale.ROOT, "%.0f %%", s.velocityLossPct())));
        }
        if (s.repCount() == 0) {
            sb.append("No reps found. Check that the sensor was held still for about a second at the start and "
                    + "that --exercise matches the lift.\n");
        }
        if (!result.flags().isEmpty()) {
            sb.append("\nFlags:\n");
            for (Flag f : result.flags()) {
                sb.append("  ").append(f.message()).append('\n');
            }
        } else if (s.repCount() > 0) {
            sb.append("No flags.\n");
        }
        return sb.toString();
    }

    private static String sec(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String vel(Double v, boolean bar) {
        if (v == null) {
            return "-";
        }
        return bar ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.0f", v);
    }
}
