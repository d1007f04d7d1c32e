package io.reptempo.window;

import io.reptempo.chart.ChartColors;
import io.reptempo.chart.PhaseSequence;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.PhaseKind;
import io.reptempo.reps.SetResult;
import io.reptempo.reps.TempoPrescription;
import java.awt.Color;
import java.util.Locale;

/**
 * What the big label says at a moment: the phase under way (or hold still, ready, rest, set over),
 * how long it has lasted in sample time, and its target.
 *
 * @param kind       the phase, or null when no phase is under way
 * @param name       what to show, e.g. "ECCENTRIC", "PAUSE AFTER ECCENTRIC", "REST"
 * @param elapsedS   sample seconds since it began (NaN when there is nothing to time)
 * @param note       the smaller line: the phase's target ("target 3 s"), or the set's average tempo at the end
 * @param overTarget the phase has already lasted longer than its target allows
 * @param colour     its colour, the same as in the charts
 */
public record CurrentPhase(PhaseKind kind, String name, double elapsedS, String note, boolean overTarget,
                           Color colour) {
    /** No prescribed pause is this long; a still stretch past it is a rest, not part of a rep. */
    static final double MIN_REST_SECONDS = 8;
    static final Color IDLE = new Color(0x5A, 0x6B, 0x7D);

    /** The phase under way at sample time {@code now}. */
    public static CurrentPhase of(BoardSnapshot board, double now, AnalysisSettings settings) {
        if (board.over()) {
            SetResult set = board.set();
            int reps = set == null ? 0 : set.reps().size();
            String note = reps == 0 ? "no reps found" : "average tempo " + set.summary().averageTempo();
            return idle("SET OVER: " + reps + (reps == 1 ? " REP" : " REPS"), Double.NaN, note);
        }
        if (!board.calibrated()) {
            return idle("HOLD STILL", Double.NaN, "calibrating: about a second without moving");
        }
        PhaseMark last = board.lastMovement();
        if (last == null) {
            return idle("READY", Double.NaN, "");
        }
        if (last.open()) {
            double elapsed = Math.max(0, now - last.startS());
            if (last.shortening()) {
                return new CurrentPhase(last.kind(), "PUSHED BACK UP", elapsed, "eccentric-only: let the spotter "
                        + "return it", false, ChartColors.SHORTENING);
            }
            return phase(last.kind(), elapsed, settings);
        }
        double paused = Math.max(0, now - last.endS());
        if (paused > restAfterSeconds(settings)) {
            return idle("REST", paused, "");
        }
        return phase(last.pauseAfter(), paused, settings);
    }

    /** A pause longer than this is a rest: twice the longest prescribed pause, and at least {@value #MIN_REST_SECONDS} s. */
    public static double restAfterSeconds(AnalysisSettings settings) {
        TempoPrescription t = settings.target();
        double longest = 0;
        if (t != null) {
            for (PhaseKind k : new PhaseKind[] {PhaseKind.PAUSE_AFTER_ECCENTRIC, PhaseKind.PAUSE_AFTER_CONCENTRIC}) {
                if (!Double.isNaN(t.target(k))) {
                    longest = Math.max(longest, t.target(k));
                }
            }
        }
        return Math.max(MIN_REST_SECONDS, 2 * longest);
    }

    /** The running time, e.g. "2.4 s", or empty. */
    public String elapsedText() {
        return Double.isNaN(elapsedS) ? "" : String.format(Locale.ROOT, "%.1f s", elapsedS);
    }

    private static CurrentPhase idle(String name, double elapsed, String note) {
        return new CurrentPhase(null, name, elapsed, note, false, IDLE);
    }

    private static CurrentPhase phase(PhaseKind kind, double elapsed, AnalysisSettings settings) {
        String name = PhaseSequence.label(kind, settings).toUpperCase(Locale.ROOT);
        Color colour = ChartColors.phase(kind);
        if (settings.target() == null) {
            return new CurrentPhase(kind, name, elapsed, "", false, colour);
        }
        double want = settings.target().target(kind);
        // The same allowance the rep's flags use: tolerance around a number, a ceiling for "as fast as possible".
        double limit = Double.isNaN(want) ? settings.explosiveMaxS() : want + settings.tempoToleranceS();
        String note = Double.isNaN(want) ? "target: as fast as possible"
                : "target " + TempoPrescription.formatSeconds(want) + " s";
        return new CurrentPhase(kind, name, elapsed, note, elapsed > limit, colour);
    }
}
