package io.reptempo.motion;

import io.reptempo.accuracy.SimulatedAccuracy;
import io.reptempo.engine.TempoEngine;
import io.reptempo.sensor.Sample;
import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SimulatedSet;
import io.reptempo.sim.SimulationOptions;
import java.util.List;
import java.util.Locale;

/**
 * Engine throughput on limb streams (not a unit test; run its main): samples already in memory,
 * accelerometer only and with a gyroscope, as the accelerometer-only path works each stretch out
 * in hindsight. Arguments: minutes of stream (10), rate in Hz (400), runs (5). Prints the best and
 * median samples per second and the rep count against the truth.
 */
public final class LimbThroughputBenchmark {
    private LimbThroughputBenchmark() {
    }

    public static void main(String[] args) {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        double rateHz = args.length > 1 ? Double.parseDouble(args[1]) : 400;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        for (String id : List.of("reverse-hyper-accel", "curl-accel", "reverse-hyper-gyro", "curl-gyro")) {
            SimulationOptions options = SimulationOptions.defaults().withRateHz(rateHz).withMinDurationS(minutes * 60);
            SimulatedSet set = SetSimulator.simulate(Scenario.fromId(id), 7, options);
            List<Sample> samples = set.samples();
            double[] perSecond = new double[runs];
            int reps = 0;
            for (int run = -1; run < runs; run++) {
                long start = System.nanoTime();
                TempoEngine engine = new TempoEngine(SimulatedAccuracy.settingsFor(set.truth()));
                for (Sample s : samples) {
                    engine.accept(s);
                }
                engine.finish();
                double seconds = (System.nanoTime() - start) / 1e9;
                reps = engine.result().reps().size();
                if (run >= 0) { // run -1 warms the JIT up
                    perSecond[run] = samples.size() / seconds;
                }
            }
            java.util.Arrays.sort(perSecond);
            System.out.printf(Locale.ROOT, "%-20s %d samples (%.0f min at %.0f Hz): best %.2f M samples/s, median %.2f;"
                            + " reps %d (truth %d)%n", id, samples.size(), minutes, rateHz,
                    perSecond[runs - 1] / 1e6, perSecond[runs / 2] / 1e6, reps, set.truth().reps().size());
        }
    }
}
