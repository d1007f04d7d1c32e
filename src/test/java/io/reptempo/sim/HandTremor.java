package io.reptempo.sim;

import io.reptempo.sensor.Sample;
import java.util.Random;

/**
 * Hand tremor as a sensor on the wrist of the hand gripping the bar picks it up: white noise of
 * 0.3 m/s^2 and 0.15 rad/s per axis on every sample, enough to keep any moment above the
 * stillness thresholds, so the engine must measure such sets without rests.
 */
public final class HandTremor {
    public static final double ACCEL_MPS2 = 0.3;
    public static final double GYRO_RADPS = ACCEL_MPS2 / 2;

    private final Random rng;

    public HandTremor(long seed) {
        this.rng = new Random(seed);
    }

    /** The sample, moved to time {@code t}, with tremor added. */
    public Sample add(Sample s, double t) {
        return new Sample(t, s.ax() + ACCEL_MPS2 * rng.nextGaussian(), s.ay() + ACCEL_MPS2 * rng.nextGaussian(),
                s.az() + ACCEL_MPS2 * rng.nextGaussian(), s.gx() + GYRO_RADPS * rng.nextGaussian(),
                s.gy() + GYRO_RADPS * rng.nextGaussian(), s.gz() + GYRO_RADPS * rng.nextGaussian());
    }

    /** A wrist held still in a pose (the specific force it reads), trembling, at time {@code t}. */
    public Sample still(double t, double[] pose) {
        return add(new Sample(t, pose[0], pose[1], pose[2], 0, 0, 0), t);
    }
}
