package io.reptempo.reps;

import io.reptempo.phases.Direction;
import io.reptempo.phases.Movement;
import java.util.List;

/**
 * A movement out (first stroke) and back (second stroke) that may be a rep, before the set-level
 * checks decide whether it is one (unracking and warm-up partials are not).
 *
 * @param firstStroke         movements in the rep's first direction
 * @param secondStroke        movements back (empty when the set ended before the return)
 * @param reversalsInFirst    opposite movements inside the first stroke (a push back up inside a lowering)
 * @param reversalsInSecond   opposite movements inside the second stroke
 */
public record RepCandidate(Direction firstDirection, List<Movement> firstStroke, List<Movement> secondStroke,
                           List<Movement> reversalsInFirst, List<Movement> reversalsInSecond) {

    public RepCandidate {
        firstStroke = List.copyOf(firstStroke);
        secondStroke = List.copyOf(secondStroke);
        reversalsInFirst = List.copyOf(reversalsInFirst);
        reversalsInSecond = List.copyOf(reversalsInSecond);
    }

    public double startS() {
        return firstStroke.get(0).startS();
    }

    public double endS() {
        return hasSecondStroke() ? secondEndS() : firstEndS();
    }

    public double firstEndS() {
        return firstStroke.get(firstStroke.size() - 1).endS();
    }

    public boolean hasSecondStroke() {
        return !secondStroke.isEmpty();
    }

    public double secondStartS() {
        return secondStroke.get(0).startS();
    }

    public double secondEndS() {
        return secondStroke.get(secondStroke.size() - 1).endS();
    }

    /** Highest minus lowest position reached. */
    public double rangeOfMotion() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (List<Movement> list : List.of(firstStroke, secondStroke, reversalsInFirst, reversalsInSecond)) {
            for (Movement m : list) {
                lo = Math.min(lo, Math.min(m.startPosition(), m.endPosition()));
                hi = Math.max(hi, Math.max(m.startPosition(), m.endPosition()));
            }
        }
        return hi - lo;
    }

    /** Net displacement of the second stroke (from its first movement's start to its last's end). */
    public double secondStrokeDistance() {
        if (!hasSecondStroke()) {
            return 0;
        }
        return Math.abs(secondStroke.get(secondStroke.size() - 1).endPosition()
                - secondStroke.get(0).startPosition());
    }

    public double firstStrokeDistance() {
        return Math.abs(firstStroke.get(firstStroke.size() - 1).endPosition()
                - firstStroke.get(0).startPosition());
    }
}
