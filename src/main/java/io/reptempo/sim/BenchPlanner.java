package io.reptempo.sim;

import java.util.SplittableRandom;

/** Bench press sets: unrack, reps lowered to the chest with a pause, re-rack. */
final class BenchPlanner implements SetPlanner {

    private static final SetDescription DESCRIPTION = new SetDescription("bench-press", Mount.BAR,
            PhaseOrder.ECCENTRIC_FIRST, SetMode.NORMAL, false, null);

    private final double romM;
    private final double pathRatio;
    private final boolean longChestPause;
    private final SetFeatures features;

    /**
     * @param longChestPause 1.5-3 s on the chest instead of the 0.5-1.5 s of a 3-1-1-0 tempo
     */
    BenchPlanner(SplittableRandom rng, boolean longChestPause, SetFeatures features) {
        this.romM = Draw.uniform(rng, 0.35, 0.50);
        // The bar travels a few cm toward the face on the way up; straight-line stand-in for the J-curve.
        this.pathRatio = Draw.uniform(rng, 0.06, 0.18);
        this.longChestPause = longChestPause;
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
        RackMoves.unrack(b, rng);
        b.still(Draw.uniform(rng, 1.0, 3.0));
        if (Draw.chance(rng, longChestPause ? 0.4 : 0.2)) {
            RackMoves.adjust(b, rng);
            b.still(Draw.uniform(rng, 1.0, 2.0));
        }
        if (features.warmupPartial()) {
            RepMoves.warmupPartial(b, rng, romM);
            b.still(Draw.uniform(rng, 1.5, 3.0));
        }
        int n = Draw.between(rng, 3, 10);
        boolean[] partial = RepMoves.partialMask(rng, features.partialReps(), n);
        boolean[] shortened = Draw.pickReps(rng, features.shorteningReps(), 1, n, n);
        double[] rom = RepMoves.ranges(rng, romM, 0.02, partial);
        double eccTargetS = Draw.uniform(rng, 2.5, 3.5);
        double conTargetS = Draw.uniform(rng, 0.75, 1.1);
        double fatigue = Draw.uniform(rng, 0.0, 0.4);
        for (int i = 1; i <= n; i++) {
            b.beginRep(partial[i]);
            double topM = b.height();
            double eccS = Draw.around(rng, eccTargetS, 0.4, 2.0, 4.5) * (partial[i] ? 0.8 : 1.0);
            Shortening shortening = shortened[i] ? Shortening.draw(rng, rom[i]) : null;
            RepMoves.lower(b, rng, rom[i], eccS, RepMoves.controlledLowering(rng), shortening);
            b.still(longChestPause ? Draw.uniform(rng, 1.5, 3.0) : Draw.around(rng, 1.0, 0.25, 0.5, 1.5));
            // Later reps grind: the concentric slows with fatigue.
            double conS = conTargetS * (1.0 + fatigue * (i - 1) / Math.max(1, n - 1));
            conS = Math.min(1.5, Math.max(0.7, conS + 0.08 * rng.nextGaussian()));
            b.moveRep(topM - b.height(), conS, RepMoves.drive(rng), MovementRole.CONCENTRIC);
            b.endRep();
            if (i < n) {
                b.still(Draw.uniform(rng, 0.3, 2.0));
            }
        }
        b.still(Draw.uniform(rng, 0.5, 1.5));
        RackMoves.rerack(b, rng);
        b.endActive();
        b.still(Draw.uniform(rng, 1.5, 3.0));
    }
}
