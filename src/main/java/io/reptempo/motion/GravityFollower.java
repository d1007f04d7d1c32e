package io.reptempo.motion;

import io.reptempo.sensor.Sample;

/**
 * Gravity's direction in the sensor frame for a sensor that never rests: turned with the
 * gyroscope between samples and pulled slowly towards the measured acceleration, whose average
 * over a few seconds of lifting is gravity.
 */
final class GravityFollower {
    /** Time constant of the pull towards the accelerometer: long against a rep's accelerations. */
    static final double PULL_SECONDS = 2.0;
    /**
     * Gravity's size is averaged much longer: over whole reps the bar's own acceleration averages
     * out. (The size of the direction estimate itself swells with each stroke; taking it would
     * bend velocity through every pause.)
     */
    static final double SIZE_SECONDS = 10.0;

    private double gx;
    private double gy;
    private double gz;
    private double size;

    /** Starts from an estimate of gravity (for example the mean of the first second). */
    void start(double x, double y, double z) {
        gx = x;
        gy = y;
        gz = z;
        size = Math.sqrt(x * x + y * y + z * z);
    }

    /**
     * Moves the estimate on by one sample and returns the specific force along "up" minus the
     * size of gravity: the vertical acceleration, m/s^2.
     */
    double verticalAcceleration(Sample s, double dt) {
        if (s.hasGyro() && dt > 0) {
            // Gravity is fixed in the world, so in the sensor frame it turns against the rotation.
            double cx = s.gy() * gz - s.gz() * gy;
            double cy = s.gz() * gx - s.gx() * gz;
            double cz = s.gx() * gy - s.gy() * gx;
            gx -= cx * dt;
            gy -= cy * dt;
            gz -= cz * dt;
        }
        double k = Math.min(1.0, dt / PULL_SECONDS);
        gx += (s.ax() - gx) * k;
        gy += (s.ay() - gy) * k;
        gz += (s.az() - gz) * k;
        double g = Math.sqrt(gx * gx + gy * gy + gz * gz);
        double along = (s.ax() * gx + s.ay() * gy + s.az() * gz) / g;
        size += (along - size) * Math.min(1.0, dt / SIZE_SECONDS);
        return along - size;
    }
}
