package io.reptempo.chart;

import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.PhaseKind;
import io.reptempo.reps.Rep;
import io.reptempo.reps.TrainingMode;
import java.util.List;

/** The phases of a rep in the order they happen for an exercise, and what to call them. */
public final class PhaseSequence {
    private PhaseSequence() {
    }

    /**
     * Time order: a squat lowers first, a deadlift lifts first. Charts follow the order of the
     * movement (not the notation's) so a bar reads like the rep itself.
     */
    public static List<PhaseKind> of(AnalysisSettings settings) {
        return settings.exercise().eccentricFirst()
                ? List.of(PhaseKind.ECCENTRIC, PhaseKind.PAUSE_AFTER_ECCENTRIC, PhaseKind.CONCENTRIC,
                        PhaseKind.PAUSE_AFTER_CONCENTRIC)
                : List.of(PhaseKind.CONCENTRIC, PhaseKind.PAUSE_AFTER_CONCENTRIC, PhaseKind.ECCENTRIC,
                        PhaseKind.PAUSE_AFTER_ECCENTRIC);
    }

    /** The phase's name; a spotter's return is not called concentric, it is not the lifter's work. */
    public static String label(PhaseKind kind, AnalysisSettings settings) {
        if (kind == PhaseKind.CONCENTRIC && returnedBySpotter(settings)) {
            return "return (spotter)";
        }
        return kind.label();
    }

    public static boolean returnedBySpotter(AnalysisSettings settings) {
        return settings.mode() == TrainingMode.ECCENTRIC_ONLY && settings.assistedReturn();
    }

    /** In an eccentric-only set without a spotter, the lifter's own concentric is the unwanted shortening. */
    public static boolean concentricIsShortening(AnalysisSettings settings, Rep rep) {
        return settings.mode() == TrainingMode.ECCENTRIC_ONLY && !settings.assistedReturn()
                && rep.shortenings().stream().anyMatch(s -> !s.insideLowering());
    }
}
