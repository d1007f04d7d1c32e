package io.reptempo.signal;

import io.reptempo.sensor.Sample;

/**
 * Gyroscope bias from resting samples: the plain mean over the first rest (the calibration hold),
 * then only a slow drift at later rests. A held bar or limb still rolls a little, so fast tracking
 * would mistake that real rotation for bias.
 */
public final class GyroBiasEstimator {
    /** Later rests move the estimate with this time constant (bias drifts over minutes). */
    static final double LATER_REST_TIME_CONSTANT_SECONDS = 30.0;

    private double bx, by, bz;
    private long firstRestSamples;
    private boolean firstRestOver;

    /** Adds a sample taken at rest, {@code dt} seconds after the previous one. */
    public void acceptResting(Sample s, double dt) {
        if (!s.hasGyro()) {
            return;
        }
        if (!firstRestOver) {
            firstRestSamples++;
            double k = 1.0 / firstRestSamples;
            bx += k * (s.gx() - bx);
            by += k * (s.gy() - by);
            bz += k * (s.gz() - bz);
            return;
        }
        double k = Math.min(1.0, dt / LATER_REST_TIME_CONSTANT_SECONDS);
        bx += k * (s.gx() - bx);
        by += k * (s.gy() - by);
        bz += k * (s.gz() - bz);
    }

    /** The first movement ends the calibration hold. */
    public void motionStarted() {
        if (firstRestSamples > 0) {
            firstRestOver = true;
        }
    }

    public double x() {
        return bx;
    }

    public double y() {
        return by;
    }

    public double z() {
        return bz;
    }
}
