package io.reptempo.accuracy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.sim.Scenario;
import io.reptempo.sim.SimulationOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bar sensor at the low output rates of Bluetooth wearables (10, 12.5 and 25 Hz: a rep is 10-40
 * samples), against the simulator's truth. The seeds (from 2001) were not used while tuning. The
 * limits are looser than at 100-400 Hz where sampling sets them: a sample is 0.08-0.1 s, and the
 * mean concentric velocity inherits the phase timing's error.
 */
class LowRateBarAccuracyTest {
    private static final long FIRST_SEED = 2001;
    private static final int SETS = 20;

    @ParameterizedTest(name = "{0} at {1} Hz")
    @CsvSource({
        // scenario, rate, min exact, max median phase s, max worst phase s, max ROM m, max MCV m/s
        "bench-tempo,               10,   20, 0.06, 0.25, 0.03, 0.15",
        "squat-touch-and-go,        10,   20, 0.06, 0.25, 0.04, 0.15",
        "deadlift,                  10,   20, 0.06, 0.25, 0.03, 0.15",
        "bench-paused,              10,   20, 0.06, 0.25, 0.03, 0.15",
        "eccentric-only-assisted,   10,   20, 0.06, 0.30, 0.03, 0.15",
        "eccentric-only-unassisted, 10,   20, 0.06, 0.25, 0.03, 0.15",
        "shortening-in-lowering,    10,   19, 0.06, 0.25, 0.04, 0.15",
        "warmup-and-partials,       10,   20, 0.06, 0.25, 0.04, 0.15",
        "bench-tempo,               12.5, 20, 0.05, 0.25, 0.03, 0.10",
        "squat-touch-and-go,        12.5, 20, 0.05, 0.25, 0.03, 0.10",
        "eccentric-only-assisted,   12.5, 20, 0.05, 0.40, 0.03, 0.10",
        "eccentric-only-unassisted, 12.5, 20, 0.05, 0.25, 0.03, 0.10",
        "shortening-in-lowering,    12.5, 20, 0.05, 0.25, 0.03, 0.10",
        "deadlift,                  25,   20, 0.02, 0.10, 0.02, 0.05",
        "squat-touch-and-go,        25,   20, 0.02, 0.10, 0.02, 0.05",
    })
    void countsAndTimesRepsAtLowRates(String id, double rateHz, int minExact, double maxMedianPhaseS,
                                      double maxWorstPhaseS, double maxRomM, double maxVelocityMps) {
        SimulatedAccuracy.Summary s = SimulatedAccuracy.run(Scenario.fromId(id), FIRST_SEED, SETS,
                SimulationOptions.defaults().withRateHz(rateHz));
        System.out.println(rateHz + " Hz " + s.line());
        assertAll(
            () -> assertTrue(s.exactCounts() >= minExact, "sets with the exact rep count: " + s.exactCounts()),
            () -> assertTrue(s.medianPhaseErrorS() <= maxMedianPhaseS, "median phase error " + s.medianPhaseErrorS()),
            () -> assertTrue(s.worstPhaseErrorS() <= maxWorstPhaseS, "worst phase error " + s.worstPhaseErrorS()),
            () -> assertTrue(s.worstRomError() <= maxRomM, "worst ROM error " + s.worstRomError()),
            () -> assertTrue(s.worstVelocityErrorMps() <= maxVelocityMps, "worst MCV error " + s.worstVelocityErrorMps()),
            () -> assertTrue(s.missedShortenings() <= 1, "shortenings missed " + s.missedShortenings()),
            () -> assertTrue(s.inventedShortenings() <= 1, "shortenings invented " + s.inventedShortenings()));
    }
}
