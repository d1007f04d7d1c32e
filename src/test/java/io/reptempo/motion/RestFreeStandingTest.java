package io.reptempo.motion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.engine.TempoEngine;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.reps.Rep;
import io.reptempo.sensor.Sample;
import io.reptempo.sim.HandTremor;
import io.reptempo.sim.RepTruth;
import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SimulatedSet;
import io.reptempo.sim.SimulationOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A wrist-worn sensor through a set, four minutes of standing with the hand trembling (0.3 m/s^2,
 * 0.15 rad/s per axis, the wrist held in the set's mean pose) and the same set again, measured
 * without rests. Standing is no motion: no rep may come from it, and both sets are counted.
 * Seeds 141-160 were not used while tuning (101-140 were).
 */
class RestFreeStandingTest {
    private static final double STANDING_S = 240;
    private static final int SETS = 20;

    /**
     * Measured on seeds 141-160 when written, both sets counted exactly: squat 20/20 and 19/20,
     * bench-paused 8/20 (one such set alone: 13/20) and 16/20. Before standing was taken for a
     * rest, all four cases made reps of the standing.
     */
    @ParameterizedTest(name = "{0} at {2} Hz")
    @CsvSource({
        "squat-touch-and-go, squat, 12.5, 19",
        "squat-touch-and-go, squat, 100, 18",
        "bench-paused, bench-press, 12.5, 6",
        "bench-paused, bench-press, 100, 15",
    })
    void standingBetweenSetsAddsNoReps(String scenario, String preset, double rateHz, int minBothExact) {
        int bothExact = 0;
        for (long seed = 141; seed < 141 + SETS; seed++) {
            SimulatedSet set = SetSimulator.simulate(Scenario.fromId(scenario), seed,
                    SimulationOptions.defaults().withRateHz(rateHz));
            List<RepTruth> truth = set.truth().reps();
            double from = truth.get(0).startS();
            double to = truth.get(truth.size() - 1).endS() + 0.2;
            List<Sample> lift = new ArrayList<>();
            double[] pose = new double[3];
            for (Sample s : set.samples()) {
                if (s.t() >= from && s.t() <= to) {
                    lift.add(s);
                    pose[0] += s.ax();
                    pose[1] += s.ay();
                    pose[2] += s.az();
                }
            }
            for (int i = 0; i < 3; i++) {
                pose[i] /= lift.size(); // the mean specific force over the set: gravity in the wrist's frame
            }
            HandTremor tremor = new HandTremor(seed);
            TempoEngine engine = new TempoEngine(AnalysisSettings.defaults(ExerciseProfile.preset(preset)));
            double setLength = to - from;
            double secondStart = setLength + STANDING_S;
            feedSet(engine, lift, from, 0, tremor);
            for (double t = setLength + 1 / rateHz; t < secondStart; t += 1 / rateHz) {
                engine.accept(tremor.still(t, pose));
            }
            feedSet(engine, lift, from, secondStart, tremor);
            engine.finish();
            assertTrue(engine.isRestFree(), "seed " + seed + " should have been measured without rests");
            List<Rep> found = engine.result().reps();
            for (Rep r : found) {
                boolean insideStanding = r.startS() > setLength + 2 && r.endS() < secondStart - 2;
                assertTrue(!insideStanding, "seed " + seed + ": a rep from standing, " + r.startS() + "-" + r.endS() + " s");
            }
            if (found.size() == 2 * truth.size()) {
                bothExact++;
            }
        }
        System.out.printf("rest-free %s at %.1f Hz, two sets %d s apart: both counted exactly %d/%d%n",
                scenario, rateHz, (int) STANDING_S, bothExact, SETS);
        assertTrue(bothExact >= minBothExact, "both sets counted exactly: " + bothExact);
    }

    private static void feedSet(TempoEngine engine, List<Sample> lift, double from, double at, HandTremor tremor) {
        for (Sample s : lift) {
            engine.accept(tremor.add(s, at + s.t() - from));
        }
    }
}
