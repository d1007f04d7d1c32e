package io.reptempo.reps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.phases.Direction;
import io.reptempo.phases.Movement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phase timing and flags from hand-made movements with known answers. */
class SetAnalyzerTest {
    private static final ExerciseProfile BENCH = ExerciseProfile.preset("bench-press");
    private static final ExerciseProfile DEADLIFT = ExerciseProfile.preset("deadlift");

    private static Movement down(double from, double to, double top, double depth) {
        return new Movement(Direction.DOWN, from, to, top, top - depth, 2 * depth / (to - from), (from + to) / 2);
    }

    private static Movement up(double from, double to, double bottom, double height) {
        return new Movement(Direction.UP, from, to, bottom, bottom + height, 2 * height / (to - from), (from + to) / 2);
    }

    /** Bench reps: lower for {@code ecc} s, pause, press for {@code con} s, each 0.40 m. */
    private static List<RepCandidate> bench(double[][] reps) {
        List<RepCandidate> out = new ArrayList<>();
        double t = 1;
        for (double[] r : reps) {
            double depth = r.length > 3 ? r[3] : 0.40;
            Movement d = down(t, t + r[0], 0, depth);
            Movement u = up(t + r[0] + r[1], t + r[0] + r[1] + r[2], -depth, depth);
            out.add(new RepCandidate(Direction.DOWN, List.of(d), List.of(u), List.of(), List.of()));
            t += r[0] + r[1] + r[2] + 1.0;
        }
        return out;
    }

    @Test
    void timesEachPhaseAndLeavesThePauseAfterTheLastRepEmpty() {
        SetResult r = new SetAnalyzer(AnalysisSettings.defaults(BENCH)).analyze(bench(new double[][] {
            {3, 1, 1}, {3, 1, 1}}));
        Rep first = r.reps().get(0);
        assertEquals(3.0, first.eccentricS(), 1e-9);
        assertEquals(1.0, first.pauseAfterEccentricS(), 1e-9);
        assertEquals(1.0, first.concentricS(), 1e-9);
        assertEquals(1.0, first.pauseAfterConcentricS(), 1e-9);
        assertEquals("3.0-1.0-1.0-1.0", first.tempo());
        assertNull(r.reps().get(1).pauseAfterConcentricS());
        assertEquals("3.0-1.0-1.0-?", r.reps().get(1).tempo());
        assertEquals(0.40, first.meanConcentricVelocity(), 1e-9, "0.40 m in 1.0 s");
        assertEquals(2 * (3 + 1 + 1), r.summary().timeUnderTensionS(), 1e-9);
    }

    @Test
    void flagsPhasesOffTheTargetTempoAndToleratesSmallMisses() {
        AnalysisSettings s = AnalysisSettings.defaults(BENCH).withTarget(TempoPrescription.parse("4-1-X-0"));
        SetResult r = new SetAnalyzer(s).analyze(bench(new double[][] {{4.3, 1, 0.8}, {2, 2, 1.6}}));
        Rep ok = r.reps().get(0);
        assertFalse(ok.hasFlag(FlagType.ECCENTRIC_TOO_FAST));
        assertFalse(ok.hasFlag(FlagType.CONCENTRIC_TOO_SLOW), "0.8 s is fine for X");
        assertTrue(ok.hasFlag(FlagType.PAUSE_AFTER_CONCENTRIC_TOO_LONG), "1 s pause against 0");
        Rep bad = r.reps().get(1);
        assertTrue(bad.hasFlag(FlagType.ECCENTRIC_TOO_FAST));
        assertTrue(bad.hasFlag(FlagType.PAUSE_AFTER_ECCENTRIC_TOO_LONG));
        assertTrue(bad.hasFlag(FlagType.CONCENTRIC_TOO_SLOW), "1.6 s is too slow for X");
    }

    @Test
    void flagsPartialRangeAndVelocityLossAgainstTheBestRep() {
        SetResult r = new SetAnalyzer(AnalysisSettings.defaults(BENCH)).analyze(bench(new double[][] {
            {3, 1, 1.0}, {3, 1, 1.0, 0.28}, {3, 1, 1.6}}));
        assertTrue(r.reps().get(1).hasFlag(FlagType.PARTIAL_RANGE), "0.28 m of 0.40 m is 70 %");
        assertFalse(r.reps().get(0).hasFlag(FlagType.PARTIAL_RANGE));
        Rep slow = r.reps().get(2);
        assertEquals(100 * (0.40 - 0.25) / 0.40, slow.velocityLossPct(), 1e-6);
        assertTrue(slow.hasFlag(FlagType.VELOCITY_LOSS));
        assertEquals(37.5, r.summary().velocityLossPct(), 1e-6);
    }

    @Test
    void dropsUnrackingAndWarmUpMovementsThatAreNotReps() {
        List<RepCandidate> c = new ArrayList<>(bench(new double[][] {{3, 1, 1}, {3, 1, 1}, {3, 1, 1}}));
        c.add(0, new RepCandidate(Direction.DOWN, List.of(down(0, 0.5, 0.05, 0.05)),
                List.of(up(0.6, 0.9, 0, 0.05)), List.of(), List.of()));
        c.add(1, new RepCandidate(Direction.DOWN, List.of(down(0.9, 1.0, 0, 0.15)),
                List.of(up(1.0, 1.1, -0.15, 0.15)), List.of(), List.of()));
        SetResult r = new SetAnalyzer(AnalysisSettings.defaults(BENCH)).analyze(c);
        assertEquals(3, r.reps().size());
    }

    @Test
    void aWarmUpDipIsNoRepEvenWhenMostRepsArePartial() {
        // One full rep (0.62 m) and two partials (0.40 and 0.37 m) after a warm-up dip of 0.25 m:
        // the full rep is 1.55 times the median rep and is still the set's standard.
        List<RepCandidate> c = new ArrayList<>(bench(new double[][] {
            {1.5, 0.1, 0.8, 0.25}, {1.9, 0.1, 0.9, 0.62}, {1.4, 0.1, 0.9, 0.40}, {1.6, 0.1, 0.9, 0.37}}));
        SetResult r = new SetAnalyzer(AnalysisSettings.defaults(BENCH)).analyze(c);
        assertEquals(3, r.reps().size());
        assertEquals(0.62, r.summary().bestRom(), 1e-9);
        assertFalse(r.reps().get(0).hasFlag(FlagType.PARTIAL_RANGE));
        assertTrue(r.reps().get(1).hasFlag(FlagType.PARTIAL_RANGE), "0.40 m of 0.62 m is 65 %");
        assertTrue(r.reps().get(2).hasFlag(FlagType.PARTIAL_RANGE), "0.37 m of 0.62 m is 60 %");
    }

    @Test
    void withoutRestsOneRangeFarAboveTheRestDoesNotSetTheStandard() {
        // Ranges 0.40, 0.42, 0.38 and one of 0.70 (1.75 times the median): from rests that can be
        // the one full rep among partials; measured without rests it is taken for a measuring slip.
        List<RepCandidate> c = bench(new double[][] {
            {1.5, 0.1, 0.8, 0.40}, {1.5, 0.1, 0.8, 0.70}, {1.5, 0.1, 0.8, 0.42}, {1.5, 0.1, 0.8, 0.38}});
        AnalysisSettings s = AnalysisSettings.defaults(BENCH);
        SetResult fromRests = new SetAnalyzer(s, Measurement.BAR_FROM_RESTS).analyze(c);
        SetResult withoutRests = new SetAnalyzer(s, Measurement.BAR_WITHOUT_RESTS).analyze(c);
        assertEquals(0.70, fromRests.summary().bestRom(), 0.02);
        assertTrue(fromRests.reps().get(0).hasFlag(FlagType.PARTIAL_RANGE), "0.40 m of 0.70 m");
        assertEquals(0.42, withoutRests.summary().bestRom(), 1e-9);
        assertFalse(withoutRests.reps().get(0).hasFlag(FlagType.PARTIAL_RANGE), "0.40 m of 0.42 m");
        assertEquals(4, withoutRests.reps().size());
    }

    @Test
    void flagsAPushBackUpInsideALoweringEvenInNormalSets() {
        Movement d1 = down(1, 2, 0, 0.20);
        Movement back = up(2.1, 2.5, -0.20, 0.06);
        Movement d2 = down(2.6, 4, -0.14, 0.26);
        Movement press = up(5, 6, -0.40, 0.40);
        RepCandidate rep = new RepCandidate(Direction.DOWN, List.of(d1, d2), List.of(press), List.of(back), List.of());
        SetResult r = new SetAnalyzer(AnalysisSettings.defaults(BENCH)).analyze(List.of(rep));
        assertEquals(1, r.shortenings().size());
        Shortening s = r.shortenings().get(0);
        assertEquals(2.1, s.startS(), 1e-9);
        assertEquals(0.06, s.size(), 1e-9);
        assertTrue(s.insideLowering());
        assertEquals(3.0, r.reps().get(0).eccentricS(), 1e-9, "the lowering spans the push back up");
    }

    @Test
    void eccentricOnlySetsFlagEveryReturnUnlessASpotterReturnsTheLoad() {
        List<RepCandidate> reps = bench(new double[][] {{5, 1, 2}, {5, 1, 2}});
        SetResult alone = new SetAnalyzer(AnalysisSettings.defaults(BENCH)
                .withMode(TrainingMode.ECCENTRIC_ONLY, false)).analyze(reps);
        assertEquals(2, alone.shortenings().size());
        assertTrue(alone.reps().get(0).hasFlag(FlagType.SHORTENING));
        SetResult spotted = new SetAnalyzer(AnalysisSettings.defaults(BENCH)
                .withMode(TrainingMode.ECCENTRIC_ONLY, true)).analyze(reps);
        assertEquals(0, spotted.shortenings().size());
        assertTrue(spotted.reps().get(0).concentricIsReturn());
        assertNull(spotted.reps().get(0).meanConcentricVelocity(), "the spotter's speed is not the lifter's");
    }

    @Test
    void aDeadliftStartsWithTheConcentricAndItsFloorPauseComesAfterTheEccentric() {
        Movement pull = up(1, 2, 0, 0.55);
        Movement lower = down(3, 5, 0.55, 0.55);
        Movement pull2 = up(6.5, 7.5, 0, 0.55);
        Movement lower2 = down(8, 9, 0.55, 0.55);
        SetResult r = new SetAnalyzer(AnalysisSettings.defaults(DEADLIFT)).analyze(List.of(
                new RepCandidate(Direction.UP, List.of(pull), List.of(lower), List.of(), List.of()),
                new RepCandidate(Direction.UP, List.of(pull2), List.of(lower2), List.of(), List.of())));
        Rep first = r.reps().get(0);
        assertEquals(1.0, first.concentricS(), 1e-9);
        assertEquals(1.0, first.pauseAfterConcentricS(), 1e-9, "lockout");
        assertEquals(2.0, first.eccentricS(), 1e-9);
        assertEquals(1.5, first.pauseAfterEccentricS(), 1e-9, "on the floor until the next pull");
        assertNull(r.reps().get(1).pauseAfterEccentricS());
    }
}
