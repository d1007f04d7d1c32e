package io.reptempo.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.sensor.Sample;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetSimulatorTest {

    private static final double G = 9.80665;

    @Test
    void sameSeedGivesIdenticalSamplesAndTruth() {
        for (Scenario s : Scenario.values()) {
            SimulatedSet a = SetSimulator.simulate(s, 1234);
            SimulatedSet b = SetSimulator.simulate(s, 1234);
            assertEquals(a.samples(), b.samples(), s.id());
            assertEquals(a.truth(), b.truth(), s.id());
            assertEquals(a.metadata(), b.metadata(), s.id());
        }
    }

    @Test
    void differentSeedsGiveDifferentSets() {
        SimulatedSet a = SetSimulator.simulate(Scenario.BENCH_TEMPO, 1);
        SimulatedSet b = SetSimulator.simulate(Scenario.BENCH_TEMPO, 2);
        assertNotEquals(a.truth().reps(), b.truth().reps());
    }

    @Test
    void streamingGivesTheSameSamplesAsInMemory() {
        SimulatedSet set = SetSimulator.simulate(Scenario.CURL_GYRO, 5, SimulationOptions.defaults());
        List<Sample> streamed = new ArrayList<>();
        SetTruth truth = SetSimulator.simulateTo(Scenario.CURL_GYRO, 5, SimulationOptions.defaults(), streamed::add);
        assertEquals(set.samples(), streamed);
        assertEquals(set.truth(), truth);
    }

    @Test
    void stillSensorReadsGravity() {
        for (Scenario s : Scenario.values()) {
            SimulatedSet ideal = SetSimulator.simulate(s, 77, SimulationOptions.ideal());
            for (Sample x : ideal.samples()) {
                if (x.t() < 0.95) {
                    assertEquals(G, x.accelNorm(), 1e-9, s.id());
                }
            }
            // Real sensor: bias (up to 50 mg per axis) and scale error (2 %) keep |f| within ~10 % of g.
            SimulatedSet real = SetSimulator.simulate(s, 77);
            double sum = 0;
            int n = 0;
            for (Sample x : real.samples()) {
                if (x.t() < 0.95) {
                    sum += x.accelNorm();
                    n++;
                }
            }
            assertEquals(G, sum / n, 0.1 * G, s.id());
        }
    }

    @Test
    void timestampsStrictlyIncreaseAndMatchTheRate() {
        for (Scenario s : Scenario.values()) {
            for (long seed = 0; seed < 4; seed++) {
                SimulatedSet set = SetSimulator.simulate(s, seed);
                List<Sample> xs = set.samples();
                for (int i = 1; i < xs.size(); i++) {
                    assertTrue(xs.get(i).t() > xs.get(i - 1).t(), s.id() + " seed " + seed + " at " + i);
                    assertEquals(xs.get(i).t(), Math.rint(xs.get(i).t() * 1e6) / 1e6, 1e-12);
                }
                double duration = xs.get(xs.size() - 1).t() - xs.get(0).t();
                double measuredRate = (xs.size() - 1) / duration;
                assertEquals(set.truth().rateHz(), measuredRate, set.truth().rateHz() * 1e-3, s.id());
            }
        }
    }

    @Test
    void noiseAtRestMatchesConfiguredDensity() {
        double densityUg = 300.0;
        for (double rate : new double[] {100.0, 400.0}) {
            SimulationOptions options = SimulationOptions.defaults().withNoiseDensityUgPerRootHz(densityUg)
                    .withBodyMotion(false).withRateHz(rate);
            double expected = densityUg * G * 1e-6 * Math.sqrt(rate / 2.0);
            for (long seed = 0; seed < 3; seed++) {
                SimulatedSet set = SetSimulator.simulate(Scenario.BENCH_TEMPO, seed, options);
                // The whole calibration stillness, all three axes pooled: enough samples for a tight estimate.
                double firstMotionS = set.truth().nonReps().get(0).startS() - 0.05;
                List<Sample> rest = set.samples().stream().filter(x -> x.t() < firstMotionS).toList();
                double pooled = Math.sqrt((sq(std(rest, 0)) + sq(std(rest, 1)) + sq(std(rest, 2))) / 3.0);
                assertEquals(expected, pooled, 0.2 * expected, "rate " + rate + " seed " + seed);
            }
        }
    }

    @Test
    void integratedSpecificForceReproducesBarDisplacement() {
        Rotation3 mounting = Rotation3.aboutAxis(0.3, -1.0, 0.7, 2.1);
        // Over a whole set (up to ~90 s, dozens of movements) the trapezoid rule's own error, which shrinks
        // with the step squared, needs a fine step: about 0.2 mm at 2 kHz, several mm at 400 Hz.
        SimulationOptions options = SimulationOptions.ideal().withRateHz(2000).withMounting(mounting);
        for (Scenario s : BAR_SCENARIOS) {
            for (long seed = 10; seed < 13; seed++) {
                SimulationRun run = SetSimulator.prepare(s, seed, options);
                double worst = worstIntegrationError(run, mounting, Double.NaN);
                assertTrue(worst < 0.001, s.id() + " seed " + seed + " error " + worst);
            }
        }
    }

    @Test
    void integratedSpecificForceReproducesEachRepAt400Hz() {
        Rotation3 mounting = Rotation3.aboutAxis(-0.8, 0.1, 0.5, 0.7);
        SimulationOptions options = SimulationOptions.ideal().withRateHz(400).withMounting(mounting);
        for (Scenario s : BAR_SCENARIOS) {
            SimulationRun run = SetSimulator.prepare(s, 21, options);
            for (RepTruth rep : run.truth().reps()) {
                // Integrate from rest (the nominal start of the rep's first movement, before the 5 % crossing)
                // to rest, as a tempo engine would.
                double fromS = Double.POSITIVE_INFINITY;
                double toS = Double.NEGATIVE_INFINITY;
                for (PlannedMovement pm : run.plan().movements()) {
                    if (pm.rep() == rep.index()) {
                        fromS = Math.min(fromS, pm.movement().startS());
                        toS = Math.max(toS, pm.movement().endS());
                    }
                }
                double worst = worstIntegrationError(run, mounting, fromS - 0.01, toS + 0.01);
                assertTrue(worst < 0.001, s.id() + " rep " + rep.index() + " error " + worst);
            }
        }
    }

    @Test
    void atLowRatesEachSampleAveragesTheMotionSinceThePreviousOne() {
        // A MEMS part at 10 Hz reports its filter's output, not an instant: the samples, each held
        // for its interval, add up to the bar's true change of velocity.
        Rotation3 mounting = Rotation3.aboutAxis(0.2, 0.9, -0.4, 1.3);
        SimulationOptions options = SimulationOptions.ideal().withRateHz(10).withMounting(mounting);
        for (Scenario s : BAR_SCENARIOS) {
            SimulationRun run = SetSimulator.prepare(s, 31, options);
            List<Sample> xs = new ArrayList<>();
            run.streamTo(xs::add);
            double[] w = new double[3];
            double v = run.plan().vertical().velocity(xs.get(0).t());
            double worst = 0;
            double pointSampledWorst = 0;
            double vPoint = v;
            for (int i = 1; i < xs.size(); i++) {
                double dt = xs.get(i).t() - xs.get(i - 1).t();
                mounting.apply(xs.get(i).ax(), xs.get(i).ay(), xs.get(i).az(), w);
                v += (w[2] - G) * dt;
                double truth = run.plan().vertical().velocity(xs.get(i).t());
                worst = Math.max(worst, Math.abs(v - truth));
                vPoint += run.plan().vertical().acceleration(xs.get(i).t()) * dt;
                pointSampledWorst = Math.max(pointSampledWorst, Math.abs(vPoint - truth));
            }
            assertTrue(worst < 0.01, s.id() + ": velocity from 10 Hz samples off by " + worst + " m/s");
            assertTrue(pointSampledWorst > 3 * worst, s.id() + ": instants alone would do as well ("
                    + pointSampledWorst + " m/s)");
        }
    }

    private static final Scenario[] BAR_SCENARIOS = {Scenario.BENCH_TEMPO, Scenario.SQUAT_TOUCH_AND_GO,
        Scenario.DEADLIFT, Scenario.ECCENTRIC_ONLY_UNASSISTED, Scenario.SHORTENING_IN_LOWERING,
        Scenario.WARMUP_AND_PARTIALS, Scenario.BENCH_PAUSED};

    private static double worstIntegrationError(SimulationRun run, Rotation3 mounting, double fromS) {
        return worstIntegrationError(run, mounting, Double.isNaN(fromS) ? -1.0 : fromS, Double.POSITIVE_INFINITY);
    }

    /** Double-integrates R f - g over [fromS, toS] and returns the largest deviation from the true displacement. */
    private static double worstIntegrationError(SimulationRun run, Rotation3 mounting, double fromS, double toS) {
        List<Sample> xs = new ArrayList<>();
        run.streamTo(x -> {
            if (x.t() >= fromS && x.t() <= toS) {
                xs.add(x);
            }
        });
        double[] w = new double[3];
        double[] prevA = null;
        double[] vel = new double[3];
        double[] pos = new double[3];
        double prevT = 0;
        double z0 = run.plan().vertical().position(xs.get(0).t());
        double x0 = run.plan().horizontal().position(xs.get(0).t());
        double worst = 0;
        for (Sample x : xs) {
            mounting.apply(x.ax(), x.ay(), x.az(), w);
            double[] a = {w[0], w[1], w[2] - G};
            if (prevA != null) {
                double dt = x.t() - prevT;
                for (int k = 0; k < 3; k++) {
                    double v = vel[k] + 0.5 * (a[k] + prevA[k]) * dt;
                    pos[k] += 0.5 * (v + vel[k]) * dt;
                    vel[k] = v;
                }
            }
            prevA = a;
            prevT = x.t();
            double dz = run.plan().vertical().position(x.t()) - z0;
            double dx = run.plan().horizontal().position(x.t()) - x0;
            worst = Math.max(worst, Math.max(Math.abs(pos[2] - dz), Math.abs(pos[0] - dx)));
            worst = Math.max(worst, Math.abs(pos[1]));
        }
        return worst;
    }

    @Test
    void limbGyroMeasuresJointRateAndGravityTiltsWithTheSegment() {
        SimulationOptions options = SimulationOptions.ideal().withRateHz(200).withMounting(Rotation3.identity());
        SimulationRun run = SetSimulator.prepare(Scenario.REVERSE_HYPER_GYRO, 3, options);
        List<Sample> xs = new ArrayList<>();
        run.streamTo(xs::add);
        double angle = run.plan().vertical().position(0);
        double prevT = xs.get(0).t();
        double prevRate = 0;
        for (Sample x : xs) {
            double trueRate = Math.toRadians(run.plan().vertical().velocity(x.t()));
            assertEquals(-trueRate, x.gy(), 1e-9);
            angle += Math.toDegrees(-0.5 * (x.gy() + prevRate) * (x.t() - prevT));
            prevRate = x.gy();
            prevT = x.t();
            assertEquals(run.plan().vertical().position(x.t()), angle, 0.05);
            if (run.plan().vertical().velocity(x.t()) == 0.0) {
                double theta = Math.toRadians(run.plan().vertical().position(x.t()));
                assertEquals(G * Math.sin(theta), x.ax(), 1e-9);
                assertEquals(G * Math.cos(theta), x.az(), 1e-9);
            }
        }
    }

    @Test
    void longStreamRepeatsSetsWithContinuousTruth() {
        SimulationOptions options = SimulationOptions.defaults().withRateHz(100).withMinDurationS(300);
        int[] count = {0};
        SetTruth truth = SetSimulator.simulateTo(Scenario.MIXED_RANDOM, 9, options, x -> count[0]++);
        assertTrue(count[0] >= 300 * 100 * 0.99, "samples " + count[0]);
        assertTrue(truth.reps().size() > 10);
        for (int i = 0; i < truth.reps().size(); i++) {
            assertEquals(i + 1, truth.reps().get(i).index());
            if (i > 0) {
                assertTrue(truth.reps().get(i).startS() > truth.reps().get(i - 1).endS());
            }
        }
    }

    @Test
    void typicalSetSimulatesInMilliseconds() {
        SetSimulator.simulate(Scenario.BENCH_TEMPO, 1, SimulationOptions.defaults().withRateHz(400));
        long t0 = System.nanoTime();
        SimulatedSet set = SetSimulator.simulate(Scenario.BENCH_TEMPO, 2, SimulationOptions.defaults().withRateHz(400));
        double ms = (System.nanoTime() - t0) / 1e6;
        assertTrue(set.samples().size() > 10_000);
        assertTrue(ms < 500, "took " + ms + " ms");
    }

    private static double std(List<Sample> xs, int axis) {
        double mean = 0;
        for (Sample x : xs) {
            mean += value(x, axis);
        }
        mean /= xs.size();
        double var = 0;
        for (Sample x : xs) {
            double d = value(x, axis) - mean;
            var += d * d;
        }
        return Math.sqrt(var / (xs.size() - 1));
    }

    private static double sq(double v) {
        return v * v;
    }

    private static double value(Sample x, int axis) {
        return axis == 0 ? x.ax() : axis == 1 ? x.ay() : x.az();
    }
}
