package io.reptempo.sim;

import java.util.SplittableRandom;

/** Deadlifts: concentric first from the floor, lockout, lowering, rest on the floor between reps. */
final class DeadliftPlanner implements SetPlanner {

    private static final SetDescription DESCRIPTION = new SetDescription("deadlift", Mount.BAR,
            PhaseOrder.CONCENTRIC_FIRST, SetMode.NORMAL, false, null);

    private final double romM;
    private final double pathRatio;

    DeadliftPlanner(SplittableRandom rng) {
        this.romM = Draw.uniform(rng, 0.45, 0.65);
        this.pathRatio = Draw.uniform(rng, 0.02, 0.06);
    }

    @Override
    public SetDescription description() {
        return DESCRIPTION;
    }

    @Override
    public void appendSet(PlanBuilder b, SplittableRandom rng) {
        b.setPathRatio(pathRatio);
        b.still(Draw.uniform(rng, 1.0, 2.5));
        b.beginActive();
        int n = Draw.between(rng, 3, 10);
        double[] rom = RepMoves.ranges(rng, romM, 0.02, new boolean[n + 1]);
        double conTargetS = Draw.uniform(rng, 0.8, 1.4);
        double fatigue = Draw.uniform(rng, 0.0, 0.4);
        for (int i = 1; i <= n; i++) {
            b.beginRep(false);
            double conS = conTargetS * (1.0 + fatigue * (i - 1) / Math.max(1, n - 1));
            conS = Math.min(2.0, Math.max(0.8, conS + 0.08 * rng.nextGaussian()));
            b.moveRep(rom[i], conS, RepMoves.drive(rng), MovementRole.CONCENTRIC);
            b.still(Draw.uniform(rng, 0.3, 1.5));
            b.moveRep(-rom[i], Draw.uniform(rng, 1.0, 3.0),
                    Shape.smooth(Draw.uniform(rng, 0.2, 0.45), Draw.uniform(rng, 0.2, 0.45)),
                    MovementRole.ECCENTRIC);
            b.endRep();
            b.still(Draw.uniform(rng, 0.8, 3.0));
        }
        b.endActive();
        b.still(Draw.uniform(rng, 1.5, 3.0));
    }
}
