package io.reptempo.sim;

import java.util.SplittableRandom;

/**
 * A push back up in the middle of a lowering.
 *
 * @param depthFractionBefore share of the rep's depth lowered before the push
 * @param sizeM               how far the push goes back up, metres
 * @param durationS           how long the push takes
 * @param holdBeforeS         hesitation between the first lowering and the push
 * @param holdAfterS          hesitation between the push and the second lowering
 */
record Shortening(double depthFractionBefore, double sizeM, double durationS, double holdBeforeS,
                  double holdAfterS) {

    /** 3-10 cm in 0.3-0.8 s, never bigger than most of what was lowered before it. */
    static Shortening draw(SplittableRandom rng, double depthM) {
        double before = Draw.uniform(rng, 0.35, 0.6);
        double maxSize = Math.min(0.10, 0.8 * before * depthM);
        double size = Draw.uniform(rng, Math.min(0.03, maxSize), maxSize);
        return new Shortening(before, size, Draw.uniform(rng, 0.3, 0.8), Draw.uniform(rng, 0.0, 0.2),
                Draw.uniform(rng, 0.0, 0.2));
    }
}
