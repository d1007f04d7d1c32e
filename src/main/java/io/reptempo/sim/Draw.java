package io.reptempo.sim;

import java.util.SplittableRandom;

/** Small helpers for drawing planning parameters from a seeded generator. */
final class Draw {

    private Draw() {
    }

    static double uniform(SplittableRandom rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }

    /** Normal around a mean, clamped to [lo, hi] so a draw never leaves the plausible range. */
    static double around(SplittableRandom rng, double mean, double sd, double lo, double hi) {
        return Math.max(lo, Math.min(hi, mean + sd * rng.nextGaussian()));
    }

    /** Inclusive integer range. */
    static int between(SplittableRandom rng, int lo, int hi) {
        return lo + rng.nextInt(hi - lo + 1);
    }

    static boolean chance(SplittableRandom rng, double probability) {
        return rng.nextDouble() < probability;
    }

    static double sign(SplittableRandom rng) {
        return rng.nextBoolean() ? 1.0 : -1.0;
    }

    /** {@code count} distinct rep indices (1-based) from [first, last], as a boolean mask indexed by rep. */
    static boolean[] pickReps(SplittableRandom rng, int count, int first, int last, int repCount) {
        boolean[] mask = new boolean[repCount + 1];
        int available = last - first + 1;
        int wanted = Math.min(count, available);
        int chosen = 0;
        while (chosen < wanted) {
            int i = between(rng, first, last);
            if (!mask[i]) {
                mask[i] = true;
                chosen++;
            }
        }
        return mask;
    }
}
