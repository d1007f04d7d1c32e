package io.reptempo.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plane of rotation from noisy readings that sweep an arc in it. */
class RotationPlaneTest {

    @Test
    void findsTheNormalOfAnArcOfNoisyReadings() {
        Random r = new Random(3);
        for (int trial = 0; trial < 5; trial++) {
            double[] axis = unit(r.nextGaussian(), r.nextGaussian(), r.nextGaussian());
            double[] e1 = unit(axis[1], -axis[0], 0);
            double[] e2 = cross(axis, e1);
            int n = 400;
            double[] x = new double[n];
            double[] y = new double[n];
            double[] z = new double[n];
            for (int k = 0; k < n; k++) {
                double a = Math.toRadians(100.0 * k / n);
                double c = 9.8 * Math.cos(a) + 3 * Math.sin(3 * a); // plus swing acceleration, also in the plane
                double s = 9.8 * Math.sin(a);
                x[k] = c * e1[0] + s * e2[0] + 0.05 * r.nextGaussian();
                y[k] = c * e1[1] + s * e2[1] + 0.05 * r.nextGaussian();
                z[k] = c * e1[2] + s * e2[2] + 0.05 * r.nextGaussian();
            }
            double[] normal = RotationPlane.normal(x, y, z, n);
            double cos = Math.abs(normal[0] * axis[0] + normal[1] * axis[1] + normal[2] * axis[2]);
            assertEquals(0, Math.toDegrees(Math.acos(Math.min(1, cos))), 0.2, "axis error, deg");
            assertEquals(1, Math.sqrt(normal[0] * normal[0] + normal[1] * normal[1] + normal[2] * normal[2]), 1e-9);
        }
    }

    private static double[] unit(double x, double y, double z) {
        double l = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / l, y / l, z / l};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
