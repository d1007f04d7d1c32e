package io.reptempo.reps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reptempo.phases.Direction;
import io.reptempo.phases.Movement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bar rep's range from two strokes of different length, against hand-worked weights. */
class RepRangeTest {

    private static Movement move(Direction d, double from, double to, double fromPos, double toPos) {
        return new Movement(d, from, to, fromPos, toPos, 2 * Math.abs(toPos - fromPos) / (to - from), (from + to) / 2);
    }

    /** Lowering from 0 by {@code lowered} in {@code lowerS}, back up by {@code raised} in {@code raiseS}. */
    private static RepCandidate rep(double lowered, double lowerS, double raised, double raiseS) {
        Movement down = move(Direction.DOWN, 0, lowerS, 0, -lowered);
        Movement up = move(Direction.UP, lowerS + 1, lowerS + 1 + raiseS, -lowered, -lowered + raised);
        return new RepCandidate(Direction.DOWN, List.of(down), List.of(up), List.of(), List.of());
    }

    private static double variance(double seconds) {
        double drift = RepRange.GROWTH_M_PER_S15 * Math.pow(seconds, 1.5);
        return drift * drift + RepRange.FLOOR_M * RepRange.FLOOR_M;
    }

    @Test
    void strokesThatAgreeGiveTheirRange() {
        assertEquals(0.40, RepRange.of(rep(0.40, 6, 0.40, 1.5)), 1e-12);
        assertEquals(0.40, RepRange.of(rep(0.40, 3, 0.40, 1)), 1e-12);
    }

    @Test
    void aSlowLoweringThatOverreadsGivesWayToTheQuickReturn() {
        // 6 s lowering read as 0.44 m, 1.5 s return read as 0.40 m: the highest-minus-lowest of
        // the raw positions would be 0.44 m.
        RepCandidate c = rep(0.44, 6, 0.40, 1.5);
        assertEquals(0.44, c.rangeOfMotion(), 1e-12);
        double down = variance(6);
        double up = variance(1.5) + RepRange.LOCKOUT_SPREAD_M * RepRange.LOCKOUT_SPREAD_M;
        double depth = (0.44 / down + 0.40 / up) / (1 / down + 1 / up);
        assertEquals(depth, RepRange.of(c), 1e-12);
        assertEquals(0.411, RepRange.of(c), 0.001, "about three quarters of the way to the return's 0.40 m");
    }

    @Test
    void aQuickLoweringKeepsMostOfItsWeight() {
        // 2 s lowering read as 0.42 m, 1 s press read as 0.40 m: the lowering is known about as well.
        double r = RepRange.of(rep(0.42, 2, 0.40, 1));
        assertEquals(0.415, r, 0.003);
    }

    @Test
    void aReturnPastTheStartIsTheRange() {
        // The bar comes back 3 cm higher than it started: the highest point is the lockout.
        double r = RepRange.of(rep(0.40, 3, 0.43, 1));
        assertEquals(0.43, r, 1e-12, "the return measures from the deepest point to the highest");
    }

    @Test
    void aRepWithoutItsReturnIsItsLowering() {
        Movement down = move(Direction.DOWN, 0, 5, 0, -0.38);
        RepCandidate c = new RepCandidate(Direction.DOWN, List.of(down), List.of(), List.of(), List.of());
        assertEquals(0.38, RepRange.of(c), 1e-12);
    }

    @Test
    void aPushBackInsideTheLoweringKeepsTheDeepestPointOfTheLowering() {
        // Down 0.20 m, back up 0.05 m, down to 0.44 m in all (6 s), back up 0.40 m in 1.5 s.
        Movement d1 = move(Direction.DOWN, 0, 2, 0, -0.20);
        Movement push = move(Direction.UP, 2.2, 2.7, -0.20, -0.15);
        Movement d2 = move(Direction.DOWN, 2.9, 6, -0.15, -0.44);
        Movement up = move(Direction.UP, 7, 8.5, -0.44, -0.04);
        RepCandidate c = new RepCandidate(Direction.DOWN, List.of(d1, d2), List.of(up), List.of(push), List.of());
        assertEquals(RepRange.of(rep(0.44, 6, 0.40, 1.5)), RepRange.of(c), 1e-12);
    }

    @Test
    void concentricFirstRepsWorkTheOtherWayUp() {
        // Deadlift: up 0.55 m in 1.2 s, down 0.55 m in 1.5 s.
        Movement up = move(Direction.UP, 0, 1.2, 0, 0.55);
        Movement down = move(Direction.DOWN, 2, 3.5, 0.55, 0.0);
        RepCandidate c = new RepCandidate(Direction.UP, List.of(up), List.of(down), List.of(), List.of());
        assertEquals(0.55, RepRange.of(c), 1e-12);
    }
}
