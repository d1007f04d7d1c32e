package io.reptempo.reps;

import io.reptempo.phases.Movement;
import java.util.List;

/**
 * A bar rep's range of motion, from both strokes. A bar's height comes from integrating
 * acceleration twice, so a stroke's error grows with how long it took: a 6 s lowering is out by a
 * few centimetres where the 1.5 s press back up is out by a few millimetres. Both strokes measure
 * the same range when the lifter locks out where he started, so the deepest point is placed where
 * the two measurements, weighted by how well each is known, agree best; the lockout may differ by
 * about a centimetre, which the weight of the return allows for.
 */
final class RepRange {
    /** Integration error of a stroke grows with the 1.5th power of its duration (noise, then drift). */
    static final double GROWTH_M_PER_S15 = 0.0012;
    /** Error of a stroke however short (where the 5 % rule puts its ends, the rests' drift). */
    static final double FLOOR_M = 0.004;
    /** How far a lockout may be from the one before it. */
    static final double LOCKOUT_SPREAD_M = 0.01;

    private RepRange() {
    }

    /** Highest minus lowest position of the rep, with the deepest point placed from both strokes. */
    static double of(RepCandidate c) {
        double measured = c.rangeOfMotion();
        if (!c.hasSecondStroke()) {
            return measured;
        }
        int out = c.firstDirection().sign();
        double home = c.firstStroke().get(0).startPosition();
        double deepest = 0;
        double deepestS = c.startS();
        for (List<Movement> list : List.of(c.firstStroke(), c.reversalsInFirst())) {
            for (Movement m : list) {
                double d = out * (m.endPosition() - home);
                if (d > deepest) {
                    deepest = d;
                    deepestS = m.endS();
                }
            }
        }
        List<Movement> second = c.secondStroke();
        double back = deepest - out * (second.get(second.size() - 1).endPosition() - home);
        if (deepest <= 0 || back <= 0) {
            return measured;
        }
        double down = variance(deepestS - c.startS());
        double up = variance(c.secondEndS() - c.secondStartS()) + LOCKOUT_SPREAD_M * LOCKOUT_SPREAD_M;
        double depth = (deepest / down + back / up) / (1 / down + 1 / up);
        // Points before the deepest one keep their height above home; those after it move with it.
        double range = 0;
        for (List<Movement> list : List.of(c.firstStroke(), c.reversalsInFirst(), c.secondStroke(),
                c.reversalsInSecond())) {
            for (Movement m : list) {
                range = Math.max(range, heightAboveBottom(m.startS(), m.startPosition(), home, out, deepest,
                        deepestS, depth));
                range = Math.max(range, heightAboveBottom(m.endS(), m.endPosition(), home, out, deepest,
                        deepestS, depth));
            }
        }
        return range;
    }

    private static double heightAboveBottom(double t, double position, double home, int out, double deepest,
                                            double deepestS, double depth) {
        double d = out * (position - home);
        return t < deepestS ? depth - d : deepest - d;
    }

    private static double variance(double seconds) {
        double drift = GROWTH_M_PER_S15 * Math.pow(Math.max(0, seconds), 1.5);
        return drift * drift + FLOOR_M * FLOOR_M;
    }
}
