package io.reptempo.sim;

import io.reptempo.sensor.Sample;
import java.util.SplittableRandom;

/**
 * A MEMS IMU's errors, drawn once per set: per-axis bias and scale error, white noise, and 16-bit
 * quantisation with saturation at the full-scale range.
 */
final class SensorModel {

    static final double STANDARD_GRAVITY_MPS2 = 9.80665;
    private static final double MICRO_G_MPS2 = STANDARD_GRAVITY_MPS2 * 1e-6;
    private static final double COUNTS_16_BIT = 65536.0;

    private final boolean gyro;
    private final double[] accelBiasMps2 = new double[3];
    private final double[] accelScale = {1, 1, 1};
    private final double accelNoiseStdMps2;
    private final double accelLsbMps2;
    private final double accelRangeG;
    private final double[] gyroBiasRadPerS = new double[3];
    private final double[] gyroScale = {1, 1, 1};
    private final double gyroNoiseStdRadPerS;
    private final double gyroLsbRadPerS;
    private final double gyroRangeDps;

    private SensorModel(boolean gyro, double accelNoiseStdMps2, double accelRangeG, double gyroNoiseStdRadPerS,
                        double gyroRangeDps, boolean quantise) {
        this.gyro = gyro;
        this.accelNoiseStdMps2 = accelNoiseStdMps2;
        this.accelRangeG = accelRangeG;
        this.accelLsbMps2 = quantise ? 2.0 * accelRangeG * STANDARD_GRAVITY_MPS2 / COUNTS_16_BIT : 0.0;
        this.gyroNoiseStdRadPerS = gyroNoiseStdRadPerS;
        this.gyroRangeDps = gyroRangeDps;
        this.gyroLsbRadPerS = quantise ? Math.toRadians(2.0 * gyroRangeDps / COUNTS_16_BIT) : 0.0;
    }

    /** A perfect sensor: reads the true specific force and rate exactly. */
    static SensorModel ideal(boolean gyro) {
        return new SensorModel(gyro, 0.0, 16.0, 0.0, 2000.0, false);
    }

    /**
     * A sensor with random errors. {@code noiseDensityUgPerRootHz} NaN draws it from 150-400 ug/sqrt(Hz).
     */
    static SensorModel random(SplittableRandom rng, boolean gyro, double rateHz, double noiseDensityUgPerRootHz) {
        double density = Double.isNaN(noiseDensityUgPerRootHz)
                ? Draw.uniform(rng, 150.0, 400.0) : noiseDensityUgPerRootHz;
        // White noise sampled at rate f has the bandwidth f/2.
        double rootBandwidth = Math.sqrt(rateHz / 2.0);
        double gyroDensityDpsPerRootHz = Draw.uniform(rng, 0.005, 0.01);
        SensorModel m = new SensorModel(gyro, density * MICRO_G_MPS2 * rootBandwidth,
                rng.nextBoolean() ? 4.0 : 8.0,
                Math.toRadians(gyroDensityDpsPerRootHz * rootBandwidth),
                rng.nextBoolean() ? 500.0 : 1000.0, true);
        for (int i = 0; i < 3; i++) {
            m.accelBiasMps2[i] = Draw.uniform(rng, -0.05, 0.05) * STANDARD_GRAVITY_MPS2;
            m.accelScale[i] = 1.0 + Draw.uniform(rng, -0.02, 0.02);
            m.gyroBiasRadPerS[i] = Math.toRadians(Draw.uniform(rng, -1.0, 1.0));
            m.gyroScale[i] = 1.0 + Draw.uniform(rng, -0.01, 0.01);
        }
        return m;
    }

    boolean hasGyro() {
        return gyro;
    }

    double accelRangeG() {
        return accelRangeG;
    }

    double gyroRangeDps() {
        return gyroRangeDps;
    }

    /** What the sensor reports at time t for true sensor-frame specific force and angular rate. */
    Sample read(double t, double[] force, double[] rate, SplittableRandom noise) {
        double limitA = accelRangeG * STANDARD_GRAVITY_MPS2;
        double ax = measure(force[0], 0, accelScale, accelBiasMps2, accelNoiseStdMps2, accelLsbMps2, limitA, noise);
        double ay = measure(force[1], 1, accelScale, accelBiasMps2, accelNoiseStdMps2, accelLsbMps2, limitA, noise);
        double az = measure(force[2], 2, accelScale, accelBiasMps2, accelNoiseStdMps2, accelLsbMps2, limitA, noise);
        if (!gyro) {
            return Sample.accel(t, ax, ay, az);
        }
        double limitG = Math.toRadians(gyroRangeDps);
        double gx = measure(rate[0], 0, gyroScale, gyroBiasRadPerS, gyroNoiseStdRadPerS, gyroLsbRadPerS, limitG, noise);
        double gy = measure(rate[1], 1, gyroScale, gyroBiasRadPerS, gyroNoiseStdRadPerS, gyroLsbRadPerS, limitG, noise);
        double gz = measure(rate[2], 2, gyroScale, gyroBiasRadPerS, gyroNoiseStdRadPerS, gyroLsbRadPerS, limitG, noise);
        return new Sample(t, ax, ay, az, gx, gy, gz);
    }

    private static double measure(double truth, int axis, double[] scale, double[] bias, double noiseStd,
                                  double lsb, double limit, SplittableRandom noise) {
        double value = truth * scale[axis] + bias[axis];
        if (noiseStd > 0.0) {
            value += noiseStd * noise.nextGaussian();
        }
        if (lsb > 0.0) {
            double counts = Math.rint(value / lsb);
            counts = Math.max(-COUNTS_16_BIT / 2, Math.min(COUNTS_16_BIT / 2 - 1, counts));
            value = counts * lsb;
        }
        return value;
    }
}
