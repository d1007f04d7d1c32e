package io.reptempo.sim;

import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A fully decided simulation (motion, sensor, clock, truth) whose samples are produced on demand:
 * {@link #streamTo} pushes them into a sink without holding the recording in memory, and every call
 * yields the identical sequence.
 */
public final class SimulationRun {

    /** Below this output rate the sensor's own low-pass filter matters: samples average the motion. */
    static final double ANTI_ALIAS_BELOW_HZ = 100;
    /** The rate the averaging is computed at. */
    static final double INTERNAL_RATE_HZ = 400;

    private final SetPlan plan;
    private final SetTruth truth;
    private final Map<String, String> metadata;
    private final SensorModel sensor;
    private final Rotation3 mounting;
    private final double rateHz;
    private final double gravityMps2;
    private final double clockErrorPpm;
    private final double jitterFraction;
    private final boolean bodyMotion;
    private final long bodySeed;
    private final long noiseSeed;
    private final long timingSeed;

    SimulationRun(SetPlan plan, SetTruth truth, Map<String, String> metadata, SensorModel sensor,
                  Rotation3 mounting, double rateHz, double gravityMps2, double clockErrorPpm,
                  double jitterFraction, boolean bodyMotion, long bodySeed, long noiseSeed, long timingSeed) {
        this.plan = plan;
        this.truth = truth;
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        this.sensor = sensor;
        this.mounting = mounting;
        this.rateHz = rateHz;
        this.gravityMps2 = gravityMps2;
        this.clockErrorPpm = clockErrorPpm;
        this.jitterFraction = jitterFraction;
        this.bodyMotion = bodyMotion;
        this.bodySeed = bodySeed;
        this.noiseSeed = noiseSeed;
        this.timingSeed = timingSeed;
    }

    public SetTruth truth() {
        return truth;
    }

    /** Recording header metadata, in a stable order (rate_hz, exercise, mount, simulated, seed, ...). */
    public Map<String, String> metadata() {
        return metadata;
    }

    public boolean hasGyro() {
        return sensor.hasGyro();
    }

    public double rateHz() {
        return rateHz;
    }

    /** Length of the stream in seconds (time of the last sample, approximately). */
    public double durationS() {
        return plan.endS();
    }

    /** Sensor-to-carrier rotation used for this run (v_carrier = R v_sensor). */
    public Rotation3 mounting() {
        return mounting;
    }

    /** Local gravity used for this run, m/s^2. */
    public double gravityMps2() {
        return gravityMps2;
    }

    SetPlan plan() {
        return plan;
    }

    /** Pushes every sample into {@code sink} in time order, then calls {@link SampleSink#finish()}. */
    public void streamTo(SampleSink sink) {
        Kinematics kinematics = kinematics();
        SplittableRandom noise = new SplittableRandom(noiseSeed);
        SampleClock clock = new SampleClock(rateHz, clockErrorPpm, jitterFraction, new SplittableRandom(timingSeed));
        double[] carrier = new double[6];
        double[] force = new double[3];
        double[] rate = new double[3];
        double[] part = new double[6];
        double endS = plan.endS();
        int substeps = rateHz < ANTI_ALIAS_BELOW_HZ ? (int) Math.ceil(INTERNAL_RATE_HZ / rateHz) : 1;
        double previous = Double.NaN;
        for (double t = clock.next(); t <= endS; t = clock.next()) {
            if (substeps == 1) {
                kinematics.evaluate(t, carrier);
            } else {
                averageOver(kinematics, Double.isNaN(previous) ? t - 1 / rateHz : previous, t, substeps, part, carrier);
            }
            previous = t;
            mounting.applyTransposed(carrier[0], carrier[1], carrier[2], force);
            mounting.applyTransposed(carrier[3], carrier[4], carrier[5], rate);
            Sample s = sensor.read(t, force, rate, noise);
            sink.accept(s);
        }
        sink.finish();
    }

    /**
     * What a MEMS part at a low output rate reports: its filter averages the motion since the
     * previous sample rather than catching one instant, so the motion between samples is not
     * aliased (and the velocity the samples add up to is kept).
     */
    private static void averageOver(Kinematics kinematics, double fromS, double toS, int substeps, double[] part,
                                    double[] out) {
        java.util.Arrays.fill(out, 0);
        double step = (toS - fromS) / substeps;
        for (int i = 0; i < substeps; i++) {
            kinematics.evaluate(fromS + (i + 0.5) * step, part);
            for (int k = 0; k < out.length; k++) {
                out[k] += part[k] / substeps;
            }
        }
    }

    /** Fresh per stream: kinematics keep scratch buffers, so streams may run on separate threads. */
    private Kinematics kinematics() {
        SplittableRandom body = new SplittableRandom(bodySeed);
        ActivityEnvelope envelope = new ActivityEnvelope(plan.activeWindows());
        BarTilt tilt = new BarTilt(body, envelope);
        Tremor tremor = new Tremor(body, envelope);
        if (plan.description().mount() == Mount.LIMB) {
            return new LimbKinematics(plan.vertical(), plan.limbRadiusM(), gravityMps2, bodyMotion ? tremor : null);
        }
        return new BarKinematics(plan.vertical(), plan.horizontal(), gravityMps2,
                bodyMotion ? tilt : null, bodyMotion ? tremor : null);
    }
}
