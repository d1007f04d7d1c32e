package io.reptempo.reps;

/**
 * Everything that shapes an analysis besides the samples: the exercise, the training mode and
 * the prescription to check against.
 *
 * @param tempoToleranceS      a phase within this many seconds of its target is on target
 * @param explosiveMaxS        an "X" (as fast as possible) phase longer than this is too slow
 * @param partialRomFraction   reps below this share of the set's best ROM are flagged partial
 * @param velocityLossLimitPct reps this many percent slower than the best rep are flagged
 */
public record AnalysisSettings(ExerciseProfile exercise, TrainingMode mode, boolean assistedReturn,
                               TempoPrescription target, double tempoToleranceS, double explosiveMaxS,
                               double partialRomFraction, double velocityLossLimitPct) {

    /** Below this share of the set's best ROM a movement pair is not a rep (unrack, warm-up). */
    public static final double GHOST_ROM_FRACTION = 0.5;

    public static AnalysisSettings defaults(ExerciseProfile exercise) {
        return new AnalysisSettings(exercise, TrainingMode.NORMAL, false, null, 0.5, 1.0, 0.8, 20.0);
    }

    public Mount mount() {
        return exercise.mount();
    }

    public AnalysisSettings withMode(TrainingMode m, boolean assisted) {
        return new AnalysisSettings(exercise, m, assisted, target, tempoToleranceS, explosiveMaxS,
                partialRomFraction, velocityLossLimitPct);
    }

    public AnalysisSettings withTarget(TempoPrescription t) {
        return new AnalysisSettings(exercise, mode, assistedReturn, t, tempoToleranceS, explosiveMaxS,
                partialRomFraction, velocityLossLimitPct);
    }
}
