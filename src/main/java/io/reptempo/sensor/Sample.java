package io.reptempo.sensor;

/**
 * One accelerometer (and optional gyroscope) reading, in SI units, stamped with sensor time.
 *
 * @param t  sample time in seconds (sensor clock, never the wall clock)
 * @param ax specific force along the sensor's x axis, m/s^2 (about +9.81 along "up" when still)
 * @param ay specific force along y, m/s^2
 * @param az specific force along z, m/s^2
 * @param gx angular rate about x, rad/s (NaN when the sensor has no gyroscope)
 * @param gy angular rate about y, rad/s
 * @param gz angular rate about z, rad/s
 */
public record Sample(double t, double ax, double ay, double az, double gx, double gy, double gz) {

    /** A sample from an accelerometer-only sensor. */
    public static Sample accel(double t, double ax, double ay, double az) {
        return new Sample(t, ax, ay, az, Double.NaN, Double.NaN, Double.NaN);
    }

    /** True when the angular rate columns hold readings. */
    public boolean hasGyro() {
        return !Double.isNaN(gx);
    }

    /** Magnitude of the specific force, m/s^2. */
    public double accelNorm() {
        return Math.sqrt(ax * ax + ay * ay + az * az);
    }
}
