package io.reptempo.sim;

import java.util.SplittableRandom;

/**
 * A 3x3 rotation matrix, row-major. As a mounting it maps sensor-frame vectors into the carrier
 * frame (bar or limb segment): v_carrier = R v_sensor, so a reading is R^T applied to the carrier vector.
 */
public record Rotation3(double m00, double m01, double m02,
                        double m10, double m11, double m12,
                        double m20, double m21, double m22) {

    /** No rotation: sensor axes aligned with the carrier's. */
    public static Rotation3 identity() {
        return new Rotation3(1, 0, 0, 0, 1, 0, 0, 0, 1);
    }

    /** From a quaternion (normalised here). */
    public static Rotation3 fromQuaternion(double w, double x, double y, double z) {
        double n = Math.sqrt(w * w + x * x + y * y + z * z);
        w /= n;
        x /= n;
        y /= n;
        z /= n;
        return new Rotation3(
                1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y),
                2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x),
                2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y));
    }

    /** Right-handed rotation by {@code angleRad} about the axis (x, y, z). */
    public static Rotation3 aboutAxis(double x, double y, double z, double angleRad) {
        double n = Math.sqrt(x * x + y * y + z * z);
        double s = Math.sin(angleRad / 2) / n;
        return fromQuaternion(Math.cos(angleRad / 2), x * s, y * s, z * s);
    }

    /** Uniformly distributed over SO(3): a normalised 4-D Gaussian is a uniform unit quaternion. */
    public static Rotation3 random(SplittableRandom rng) {
        double w;
        double x;
        double y;
        double z;
        double n;
        do {
            w = rng.nextGaussian();
            x = rng.nextGaussian();
            y = rng.nextGaussian();
            z = rng.nextGaussian();
            n = w * w + x * x + y * y + z * z;
        } while (n < 1e-12);
        return fromQuaternion(w, x, y, z);
    }

    /** this * other. */
    public Rotation3 times(Rotation3 o) {
        return new Rotation3(
                m00 * o.m00 + m01 * o.m10 + m02 * o.m20, m00 * o.m01 + m01 * o.m11 + m02 * o.m21,
                m00 * o.m02 + m01 * o.m12 + m02 * o.m22,
                m10 * o.m00 + m11 * o.m10 + m12 * o.m20, m10 * o.m01 + m11 * o.m11 + m12 * o.m21,
                m10 * o.m02 + m11 * o.m12 + m12 * o.m22,
                m20 * o.m00 + m21 * o.m10 + m22 * o.m20, m20 * o.m01 + m21 * o.m11 + m22 * o.m21,
                m20 * o.m02 + m21 * o.m12 + m22 * o.m22);
    }

    public Rotation3 transpose() {
        return new Rotation3(m00, m10, m20, m01, m11, m21, m02, m12, m22);
    }

    /** out = R v. */
    public void apply(double x, double y, double z, double[] out) {
        double ox = m00 * x + m01 * y + m02 * z;
        double oy = m10 * x + m11 * y + m12 * z;
        double oz = m20 * x + m21 * y + m22 * z;
        out[0] = ox;
        out[1] = oy;
        out[2] = oz;
    }

    /** out = R^T v (carrier frame to sensor frame for a mounting). */
    public void applyTransposed(double x, double y, double z, double[] out) {
        double ox = m00 * x + m10 * y + m20 * z;
        double oy = m01 * x + m11 * y + m21 * z;
        double oz = m02 * x + m12 * y + m22 * z;
        out[0] = ox;
        out[1] = oy;
        out[2] = oz;
    }
}
