package io.reptempo.report;

import io.reptempo.chart.FlagLabels;
import io.reptempo.chart.PhaseSequence;
import io.reptempo.reps.Flag;
import io.reptempo.reps.PhaseKind;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import java.util.ArrayList;
import java.util.List;

/**
 * How well a set kept its target tempo: reps with every phase on target, and per phase how many
 * reps were on target, too short/fast or too long/slow.
 *
 * @param repsOnTarget reps with no tempo flag
 * @param phases       one line per phase in time order
 */
public record TargetCompliance(int repsOnTarget, int reps, List<PhaseLine> phases) {

    /**
     * One phase's tally over the set.
     *
     * @param target  the prescribed seconds (NaN: as fast as possible)
     * @param measured reps that have this phase (the pause after the last rep does not exist)
     */
    public record PhaseLine(PhaseKind kind, String label, double target, int measured, int onTarget, int tooShort,
                            int tooLong) {
    }

    /** Null when the set had no target tempo. */
    public static TargetCompliance of(SetResult result) {
        if (result.settings().target() == null) {
            return null;
        }
        int onTarget = 0;
        for (Rep r : result.reps()) {
            if (r.flags().stream().noneMatch(f -> FlagLabels.isTempo(f.type()))) {
                onTarget++;
            }
        }
        List<PhaseLine> lines = new ArrayList<>();
        for (PhaseKind k : PhaseSequence.of(result.settings())) {
            boolean returned = k == PhaseKind.CONCENTRIC && PhaseSequence.returnedBySpotter(result.settings());
            int measured = 0;
            int shortCount = 0;
            int longCount = 0;
            for (Rep r : result.reps()) {
                if (r.duration(k) == null || returned) {
                    continue; // a spotter's return is not held to the lifter's tempo
                }
                measured++;
                for (Flag f : r.flags()) {
                    if (FlagLabels.phaseOf(f.type()) == k) {
                        if (FlagLabels.isTooLong(f.type())) {
                            longCount++;
                        } else {
                            shortCount++;
                        }
                        break;
                    }
                }
            }
            lines.add(new PhaseLine(k, PhaseSequence.label(k, result.settings()), result.settings().target().target(k),
                    measured, measured - shortCount - longCount, shortCount, longCount));
        }
        return new TargetCompliance(onTarget, result.reps().size(), lines);
    }
}
