package io.reptempo.sim;

import java.util.SplittableRandom;

/** Squat sets: walkout, touch-and-go reps (no pause at the bottom), walk-in and re-rack. */
final class SquatPlanner implements SetPlanner {

    private static final SetDescription DESCRIPTION = new SetDescription("squat", Mount.BAR,
            PhaseOrder.ECCENTRIC_FIRST, SetMode.NORMAL, false, null);

    private final double romM;
    private final double pathRatio;
    private final SetFeatures features;

    SquatPlanner(SplittableRandom rng, SetFeatures features) {
        this.romM = Draw.uniform(rng, 0.45, 0.70);
        // A good squat bar path is nearly vertical over mid-foot.
        this.pathRatio = Draw.uniform(rng, 0.01, 0.05);
        this.features = features;
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
        RackMoves.walkout(b, rng);
        b.still(Draw.uniform(rng, 1.5, 3.0));
        if (features.warmupPartial()) {
            RepMoves.warmupPartial(b, rng, romM);
            b.still(Draw.uniform(rng, 1.5, 3.0));
        }
        int n = Draw.between(rng, 3, 10);
        boolean[] partial = RepMoves.partialMask(rng, features.partialReps(), n);
        boolean[] shortened = Draw.pickReps(rng, features.shorteningReps(), 1, n, n);
        double[] rom = RepMoves.ranges(rng, romM, 0.04, partial);
        double eccTargetS = Draw.uniform(rng, 1.2, 2.0);
        double conTargetS = Draw.uniform(rng, 0.8, 1.2);
        double fatigue = Draw.uniform(rng, 0.0, 0.4);
        for (int i = 1; i <= n; i++) {
            b.beginRep(partial[i]);
            double topM = b.height();
            double eccS = Draw.around(rng, eccTargetS, 0.2, 1.0, 2.5) * (partial[i] ? 0.8 : 1.0);
            Shortening shortening = shortened[i] ? Shortening.draw(rng, rom[i]) : null;
            double targetS = conTargetS * (1.0 + fatigue * (i - 1) / Math.max(1, n - 1));
            TouchAndGo bottom = new TouchAndGo(rng, rom[i], Math.max(0.7, targetS + 0.08 * rng.nextGaussian()));
            Movement lowering = RepMoves.lower(b, rng, rom[i], eccS, bottom::lowering, shortening);
            TouchAndGo.Drive drive = bottom.drive(lowering);
            b.moveRep(topM - b.height(), drive.durationS(), drive.shape(), MovementRole.CONCENTRIC);
            b.endRep();
            if (i < n) {
                b.still(Draw.uniform(rng, 0.3, 1.5));
            }
        }
        b.still(Draw.uniform(rng, 0.5, 1.5));
        RackMoves.walkInAndRerack(b, rng);
        b.endActive();
        b.still(Draw.uniform(rng, 1.5, 3.0));
    }
}
