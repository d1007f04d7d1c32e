package io.reptempo.sim;

import io.reptempo.sensor.RecordingWriter;
import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Entry point of the set simulator: a scenario and a seed give a realistic IMU recording and its
 * exact ground truth. The same seed and options always reproduce the same samples.
 */
public final class SetSimulator {

    /** Output data rates of common IMUs in the 100-400 Hz band. */
    private static final double[] TYPICAL_RATES_HZ = {100, 104, 200, 208, 250, 400};

    private SetSimulator() {
    }

    /** One set with everything drawn from the seed, held in memory. */
    public static SimulatedSet simulate(Scenario scenario, long seed) {
        return simulate(scenario, seed, SimulationOptions.defaults());
    }

    /** One set (or a stream of sets, see {@link SimulationOptions#minDurationS()}) held in memory. */
    public static SimulatedSet simulate(Scenario scenario, long seed, SimulationOptions options) {
        SimulationRun run = prepare(scenario, seed, options);
        List<Sample> samples = new ArrayList<>((int) Math.min(Integer.MAX_VALUE - 8,
                run.durationS() * run.rateHz() * 1.01 + 16));
        run.streamTo(samples::add);
        return new SimulatedSet(samples, run.truth(), run.metadata());
    }

    /** Pushes the samples into {@code sink} (then calls finish) without keeping them; returns the truth. */
    public static SetTruth simulateTo(Scenario scenario, long seed, SimulationOptions options, SampleSink sink) {
        SimulationRun run = prepare(scenario, seed, options);
        run.streamTo(sink);
        return run.truth();
    }

    /** Streams the recording straight to {@code csv} and writes the truth beside it; returns the truth. */
    public static SetTruth writeRecording(Scenario scenario, long seed, SimulationOptions options, Path csv)
            throws IOException {
        SimulationRun run = prepare(scenario, seed, options);
        try (RecordingWriter writer = new RecordingWriter(csv, run.metadata(), run.hasGyro())) {
            run.streamTo(writer);
        }
        run.truth().writeJson(SetTruth.pathBeside(csv));
        return run.truth();
    }

    /** Decides everything about the simulation (cheap: no samples yet); stream it with {@link SimulationRun#streamTo}. */
    public static SimulationRun prepare(Scenario scenario, long seed, SimulationOptions options) {
        // The scenario is mixed in so one seed gives a different sensor and rate in each scenario;
        // independent streams below, so e.g. a different noise density never changes the motion.
        SplittableRandom master = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + scenario.id().hashCode());
        SplittableRandom planRng = master.split();
        SplittableRandom sensorRng = master.split();
        long bodySeed = master.nextLong();
        long noiseSeed = master.nextLong();
        long timingSeed = master.nextLong();

        SetPlanner planner = ScenarioPlanners.create(scenario, planRng);
        PlanBuilder builder = new PlanBuilder(planner.initialVertical());
        do {
            builder.beginSet();
            planner.appendSet(builder, planRng.split());
        } while (builder.now() < options.minDurationS());
        SetPlan plan = builder.build(planner.description(), planner.limbRadiusM());
        SetDescription d = plan.description();

        double drawnRate = TYPICAL_RATES_HZ[sensorRng.nextInt(TYPICAL_RATES_HZ.length)];
        double rateHz = Double.isNaN(options.rateHz()) ? drawnRate : options.rateHz();
        boolean drawnGyro = sensorRng.nextBoolean();
        boolean gyro = options.gyro() != null ? options.gyro()
                : d.fixedGyro() != null ? d.fixedGyro() : drawnGyro;
        Rotation3 drawnMount = Rotation3.random(sensorRng);
        Rotation3 mounting = options.mounting() != null ? options.mounting() : drawnMount;
        double drawnGravity = Draw.uniform(sensorRng, 9.78, 9.83);
        double gravity = Double.isNaN(options.gravityMps2()) ? drawnGravity : options.gravityMps2();
        SensorModel drawnSensor = SensorModel.random(sensorRng, gyro, rateHz, options.noiseDensityUgPerRootHz());
        SensorModel sensor = options.sensorErrors() ? drawnSensor : SensorModel.ideal(gyro);
        double drawnPpm = Draw.uniform(sensorRng, -200.0, 200.0);
        double drawnJitter = Draw.uniform(sensorRng, 0.02, 0.05);

        String variant = planner instanceof MixedPlanner mixed ? mixed.variant().id() : null;
        SetTruth truth = TruthCalculator.compute(plan, scenario.id(), variant, seed, gyro, rateHz);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("rate_hz", number(rateHz));
        metadata.put("exercise", d.exercise());
        metadata.put("mount", d.mount().id());
        metadata.put("simulated", "true");
        metadata.put("seed", Long.toString(seed));
        metadata.put("scenario", scenario.id());
        if (variant != null) {
            metadata.put("variant", variant);
        }
        if (options.sensorErrors()) {
            metadata.put("accel_range_g", number(sensor.accelRangeG()));
            if (gyro) {
                metadata.put("gyro_range_dps", number(sensor.gyroRangeDps()));
            }
        }
        return new SimulationRun(plan, truth, metadata, sensor, mounting, rateHz, gravity,
                options.timingErrors() ? drawnPpm : 0.0, options.timingErrors() ? drawnJitter : 0.0,
                options.bodyMotion(), bodySeed, noiseSeed, timingSeed);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
