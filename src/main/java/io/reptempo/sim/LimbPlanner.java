package io.reptempo.sim;

import java.util.SplittableRandom;

/** Limb exercises about one joint (reverse hyperextension, biceps curl): raise, hold, lower, rest. */
final class LimbPlanner implements SetPlanner {

    /** Ranges that make one limb exercise. Angles in degrees from hanging, times in seconds. */
    record Exercise(String name, double radiusMinM, double radiusMaxM, double restMaxDeg, double romMinDeg,
                    double romMaxDeg, double raiseMinS, double raiseMaxS, double topMinS, double topMaxS,
                    double lowerMinS, double lowerMaxS, double bottomMinS, double bottomMaxS) {
    }

    /** Ankle strap, hip joint. */
    static final Exercise REVERSE_HYPER = new Exercise("reverse-hyper", 0.7, 0.95, 5.0, 60.0, 100.0,
            0.7, 1.5, 0.3, 1.5, 2.0, 4.0, 0.5, 2.0);
    /** Forearm strap, elbow joint. */
    static final Exercise CURL = new Exercise("biceps-curl", 0.15, 0.30, 10.0, 100.0, 140.0,
            0.8, 2.0, 0.2, 1.0, 2.0, 4.0, 0.5, 2.0);

    private final Exercise exercise;
    private final SetDescription description;
    private final double radiusM;
    private final double restDeg;
    private final double romDeg;

    LimbPlanner(SplittableRandom rng, Exercise exercise, boolean gyro) {
        this.exercise = exercise;
        this.description = new SetDescription(exercise.name(), Mount.LIMB, PhaseOrder.CONCENTRIC_FIRST,
                SetMode.NORMAL, false, gyro);
        this.radiusM = Draw.uniform(rng, exercise.radiusMinM(), exercise.radiusMaxM());
        this.restDeg = Draw.uniform(rng, 0.0, exercise.restMaxDeg());
        this.romDeg = Draw.uniform(rng, exercise.romMinDeg(), exercise.romMaxDeg());
    }

    @Override
    public SetDescription description() {
        return description;
    }

    @Override
    public double initialVertical() {
        return restDeg;
    }

    @Override
    public double limbRadiusM() {
        return radiusM;
    }

    @Override
    public void appendSet(PlanBuilder b, SplittableRandom rng) {
        Exercise e = exercise;
        b.still(Draw.uniform(rng, 1.0, 2.5));
        b.beginActive();
        int n = Draw.between(rng, 3, 10);
        double raiseTargetS = Draw.uniform(rng, e.raiseMinS(), e.raiseMaxS());
        double lowerTargetS = Draw.uniform(rng, e.lowerMinS(), e.lowerMaxS());
        for (int i = 1; i <= n; i++) {
            b.beginRep(false);
            double rom = Math.max(e.romMinDeg(), Math.min(e.romMaxDeg(), romDeg * Draw.uniform(rng, 0.95, 1.05)));
            double raiseS = Draw.around(rng, raiseTargetS, 0.1, e.raiseMinS(), e.raiseMaxS());
            b.moveRep(rom, raiseS, RepMoves.drive(rng), MovementRole.CONCENTRIC);
            b.still(Draw.uniform(rng, e.topMinS(), e.topMaxS()));
            double lowerS = Draw.around(rng, lowerTargetS, 0.25, e.lowerMinS(), e.lowerMaxS());
            b.moveRep(-rom, lowerS, RepMoves.controlledLowering(rng), MovementRole.ECCENTRIC);
            b.endRep();
            b.still(Draw.uniform(rng, e.bottomMinS(), e.bottomMaxS()));
        }
        b.endActive();
        b.still(Draw.uniform(rng, 1.5, 3.0));
    }
}
