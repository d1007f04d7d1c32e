package io.reptempo.sim;

import java.util.SplittableRandom;
import java.util.function.BiFunction;

/** Building blocks of barbell reps shared by the bench, squat and eccentric-only planners. */
final class RepMoves {

    private RepMoves() {
    }

    /** A slow controlled lowering: short ramps, long near-constant-velocity middle. */
    static Shape controlledLowering(SplittableRandom rng) {
        return Shape.smooth(Draw.uniform(rng, 0.2, 0.35), Draw.uniform(rng, 0.2, 0.35));
    }

    /** A fast raise: bell-like, ramps of 35-50 %. */
    static Shape drive(SplittableRandom rng) {
        return Shape.smooth(Draw.uniform(rng, 0.35, 0.5), Draw.uniform(rng, 0.35, 0.5));
    }

    /**
     * Lowers the bar by {@code depthM} over {@code durationS}, optionally with a push back up in the
     * middle (which adds its own time and the re-lowering of what it gave back). Returns the final
     * (or only) lowering.
     */
    static Movement lower(PlanBuilder b, SplittableRandom rng, double depthM, double durationS,
                          Shape lastShape, Shortening shortening) {
        return lower(b, rng, depthM, durationS, (depth, time) -> lastShape, shortening);
    }

    /** As above, with the final lowering's shape chosen from its depth and duration. */
    static Movement lower(PlanBuilder b, SplittableRandom rng, double depthM, double durationS,
                          BiFunction<Double, Double, Shape> lastShape, Shortening shortening) {
        if (shortening == null) {
            return b.moveRep(-depthM, durationS, lastShape.apply(depthM, durationS), MovementRole.ECCENTRIC);
        }
        double firstDepth = shortening.depthFractionBefore() * depthM;
        double secondDepth = depthM - firstDepth + shortening.sizeM();
        // Both lowerings keep the rep's lowering speed: the push back lengthens the eccentric phase.
        double firstTime = Math.max(0.4, durationS * firstDepth / depthM);
        double secondTime = Math.max(0.4, durationS * secondDepth / depthM);
        b.moveRep(-firstDepth, firstTime, controlledLowering(rng), MovementRole.ECCENTRIC);
        b.still(shortening.holdBeforeS());
        b.moveRep(shortening.sizeM(), shortening.durationS(), drive(rng), MovementRole.SHORTENING);
        b.still(shortening.holdAfterS());
        return b.moveRep(-secondDepth, secondTime, lastShape.apply(secondDepth, secondTime),
                MovementRole.ECCENTRIC);
    }

    /** A partial dip of 25-40 % of the range and back up, before the reps: not a rep. */
    static void warmupPartial(PlanBuilder b, SplittableRandom rng, double romM) {
        double depth = Draw.uniform(rng, 0.25, 0.40) * romM;
        b.beginNonRep(NonRepKind.WARMUP_PARTIAL);
        double start = b.now();
        double down = Draw.uniform(rng, 0.6, 1.2);
        double up = Draw.uniform(rng, 0.5, 1.0);
        b.addVertical(start, -depth, down, drive(rng), MovementRole.NON_REP);
        b.still(down + Draw.uniform(rng, 0.0, 0.3));
        b.addVertical(b.now(), depth, up, drive(rng), MovementRole.NON_REP);
        b.settle();
        b.endNonRep();
    }

    /**
     * Per-rep ranges of motion: full reps vary a few percent around {@code romM}; partial reps
     * (mask) reach 55-75 % of the best full rep. Index 0 is unused.
     */
    static double[] ranges(SplittableRandom rng, double romM, double variation, boolean[] partial) {
        int n = partial.length - 1;
        double[] rom = new double[n + 1];
        double best = 0.0;
        for (int i = 1; i <= n; i++) {
            rom[i] = romM * Draw.uniform(rng, 1.0 - variation, 1.0 + variation);
            if (!partial[i]) {
                best = Math.max(best, rom[i]);
            }
        }
        for (int i = 1; i <= n; i++) {
            if (partial[i]) {
                rom[i] = Draw.uniform(rng, 0.55, 0.75) * best;
            }
        }
        return rom;
    }

    /** Which reps are partial: none, or {@code count} of reps 2..n so at least one full rep comes first. */
    static boolean[] partialMask(SplittableRandom rng, int count, int repCount) {
        return count == 0 ? new boolean[repCount + 1] : Draw.pickReps(rng, count, 2, repCount, repCount);
    }
}
