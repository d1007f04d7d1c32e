package io.reptempo.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MotionTest {

    private static final Shape[] SHAPES = {Shape.smooth(0.2), Shape.smooth(0.5), Shape.smooth(0.3, 0.45),
        new Shape(Ramp.SMOOTH, 0.3, Ramp.BOUNCE, 0.1), new Shape(Ramp.BOUNCE, 0.4, Ramp.SMOOTH, 0.35)};

    @Test
    void movementVelocityAndAccelerationAreDerivativesOfPosition() {
        double h = 1e-6;
        double[] a = new double[3];
        double[] b = new double[3];
        double[] c = new double[3];
        for (Shape shape : SHAPES) {
            Movement m = new Movement(1.0, 1.7, 0.3, -0.2, shape);
            m.evaluate(0.5, a);
            assertEquals(0.3, a[0], 0.0);
            m.evaluate(3.0, a);
            assertEquals(-0.2, a[0], 0.0);
            for (double t = 1.0 + 3 * h; t < 2.7 - 3 * h; t += 0.0137) {
                m.evaluate(t - h, a);
                m.evaluate(t, b);
                m.evaluate(t + h, c);
                assertEquals((c[0] - a[0]) / (2 * h), b[1], 1e-6, shape + " v at " + t);
                assertEquals((c[1] - a[1]) / (2 * h), b[2], 1e-4, shape + " a at " + t);
            }
        }
    }

    @Test
    void thresholdCrossingsAreAtFivePercentOfPeak() {
        double[] o = new double[3];
        for (Shape shape : SHAPES) {
            Movement m = new Movement(2.0, 1.3, 0.0, 0.5, shape);
            m.evaluate(m.thresholdStartS(0.05), o);
            assertEquals(0.05 * m.peakVelocity(), o[1], 1e-9);
            m.evaluate(m.thresholdEndS(0.05), o);
            assertEquals(0.05 * m.peakVelocity(), o[1], 1e-9);
        }
    }

    @Test
    void barTiltRatesAreTheBodyRatesOfItsRotation() {
        ActivityEnvelope env = new ActivityEnvelope(List.of(new TimeWindow(1.0, 20.0)));
        BarTilt tilt = new BarTilt(new SplittableRandom(3), env);
        double h = 1e-6;
        double[] r0 = new double[9];
        double[] r1 = new double[9];
        double[] w = new double[3];
        double maxAngle = 0;
        for (double t = 0.5; t < 21; t += 0.173) {
            tilt.evaluate(t - h, r0, w);
            tilt.evaluate(t + h, r1, w);
            double[] rm = new double[9];
            tilt.evaluate(t, rm, w);
            // Skew part of R^T dR/dt is the body rate.
            double[] d = new double[9];
            for (int i = 0; i < 9; i++) {
                d[i] = (r1[i] - r0[i]) / (2 * h);
            }
            double wx = 0;
            double wy = 0;
            double wz = 0;
            for (int k = 0; k < 3; k++) {
                // [w]x = R^T dR/dt: wx = (2,1), wy = (0,2), wz = (1,0) entries.
                wx += rm[3 * k + 2] * d[3 * k + 1];
                wy += rm[3 * k] * d[3 * k + 2];
                wz += rm[3 * k + 1] * d[3 * k];
            }
            assertEquals(wx, w[0], 1e-7);
            assertEquals(wy, w[1], 1e-7);
            assertEquals(wz, w[2], 1e-7);
            maxAngle = Math.max(maxAngle, Math.toDegrees(Math.acos(Math.min(1, rm[8]))));
            if (t < 1.0 || t > 20.0) {
                assertEquals(0.0, w[0] * w[0] + w[1] * w[1] + w[2] * w[2], 0.0);
            }
        }
        assertTrue(maxAngle > 0.1 && maxAngle < 3.0, "tilt " + maxAngle);
    }

    @Test
    void randomRotationsAreOrthonormal() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 100; i++) {
            Rotation3 r = Rotation3.random(rng);
            Rotation3 p = r.times(r.transpose());
            assertEquals(1.0, p.m00(), 1e-12);
            assertEquals(1.0, p.m11(), 1e-12);
            assertEquals(1.0, p.m22(), 1e-12);
            assertEquals(0.0, p.m01(), 1e-12);
            assertEquals(0.0, p.m12(), 1e-12);
            double det = r.m00() * (r.m11() * r.m22() - r.m12() * r.m21())
                    - r.m01() * (r.m10() * r.m22() - r.m12() * r.m20())
                    + r.m02() * (r.m10() * r.m21() - r.m11() * r.m20());
            assertEquals(1.0, det, 1e-12);
        }
    }
}
