package io.reptempo.accuracy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.sim.Scenario;
import io.reptempo.sim.SimulationOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine against the simulator's truth, over many sets of each kind (random mounting angle,
 * MEMS noise, bias, scale error, quantisation, 100-400 Hz with jitter, bar tilt). The seeds here
 * (from 2001) were not used while tuning (1-50 and 1001-1050 were).
 */
class SimulatedAccuracyTest {
    private static final long FIRST_SEED = 2001;
    private static final int SETS = 40;

    /** The targets: every set counted exactly, phases, ROM, velocity and shortenings. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bench-tempo", "squat-touch-and-go", "deadlift", "bench-paused", "eccentric-only-assisted",
        "eccentric-only-unassisted", "shortening-in-lowering", "warmup-and-partials", "reverse-hyper-gyro", "curl-gyro",
        "reverse-hyper-accel", "curl-accel"})
    void meetsTheAccuracyTargets(String id) {
        Scenario scenario = Scenario.fromId(id);
        SimulatedAccuracy.Summary s = SimulatedAccuracy.run(scenario, FIRST_SEED, SETS, SimulationOptions.defaults());
        System.out.println(s.line());
        boolean bar = s.romUnit().equals("m");
        assertAll(
            () -> assertEquals(SETS, s.exactCounts(), "sets with the exact rep count"),
            () -> assertTrue(s.medianPhaseErrorS() <= 0.05, "median phase error " + s.medianPhaseErrorS()),
            () -> assertTrue(s.worstPhaseErrorS() <= 0.25, "worst phase error " + s.worstPhaseErrorS()),
            () -> assertTrue(s.worstRomError() <= (bar ? 0.03 : 5.0), "worst ROM error " + s.worstRomError()),
            () -> assertTrue(!bar || s.worstVelocityErrorMps() <= 0.03,
                    "worst mean concentric velocity error " + s.worstVelocityErrorMps()),
            () -> assertEquals(0, s.missedShortenings(), "shortenings missed"),
            () -> assertEquals(0, s.inventedShortenings(), "shortenings invented"));
    }
}
