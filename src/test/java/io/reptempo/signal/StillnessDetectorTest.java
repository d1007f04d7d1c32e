package io.reptempo.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.sensor.Sample;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The stillness window on noisy and moving streams, and its variance test against the plain formula. */
class StillnessDetectorTest {
    private static final double RATE_HZ = 200;

    /** The variance test as written before the quick path: two divisions per axis. */
    private static boolean dividedVarianceAbove(double n, double[] sums, double limit) {
        double var = (sums[3] - sums[0] * sums[0] / n) / n + (sums[4] - sums[1] * sums[1] / n) / n
                + (sums[5] - sums[2] * sums[2] / n) / n;
        return var > limit;
    }

    /** Sums and sums of squares of n random values per axis around offsets like an anchored window's. */
    private static double[] sums(SplittableRandom rng, int n) {
        double[] s = new double[6];
        double spread = Math.pow(10, rng.nextDouble(-4, 0));
        for (int axis = 0; axis < 3; axis++) {
            double offset = rng.nextDouble(-5, 5);
            for (int i = 0; i < n; i++) {
                double v = offset + spread * rng.nextGaussian();
                s[axis] += v;
                s[axis + 3] += v * v;
            }
        }
        return s;
    }

    @Test
    void varianceTestAnswersAsTheDividedFormulaEvenAtTheLimitItself() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int k = 0; k < 20_000; k++) {
            int n = 3 + rng.nextInt(600);
            double[] s = sums(rng, n);
            double exact = (s[3] - s[0] * s[0] / n) / n + (s[4] - s[1] * s[1] / n) / n + (s[5] - s[2] * s[2] / n) / n;
            // The limit right at, and one ulp either side of, the divided variance: the quick product
            // lands on the other side of it in many of these, so only the fallback can agree.
            double[] limits = {exact, Math.nextUp(exact), Math.nextDown(exact), 0.0036, exact * 1.001};
            for (double limit : limits) {
                assertEquals(dividedVarianceAbove(n, s, limit),
                        StillnessDetector.varianceAbove(n, s[0], s[1], s[2], s[3], s[4], s[5], limit),
                        () -> "n=" + n + " limit=" + limit);
            }
        }
    }

    @Test
    void quietSensorIsStillAndAnOscillationIsNot() {
        SplittableRandom rng = new SplittableRandom(3);
        StillnessDetector quiet = new StillnessDetector();
        StillnessDetector moving = new StillnessDetector();
        boolean quietStill = true;
        boolean movingEverStill = false;
        for (int i = 0; i < 2 * RATE_HZ; i++) {
            double t = i / RATE_HZ;
            double noise = 0.01 * rng.nextGaussian();
            boolean q = quiet.accept(Sample.accel(t, 0.3 + noise, 0.1, 9.8));
            // 1.5 Hz, 0.5 m/s^2: a slow rep's acceleration, far above the spread limit after smoothing.
            boolean m = moving.accept(Sample.accel(t, 0.3, 0.1, 9.8 + 0.5 * Math.sin(2 * Math.PI * 1.5 * t) + noise));
            if (t >= StillnessDetector.DEFAULT_WINDOW_SECONDS) {
                quietStill &= q;
                movingEverStill |= m;
            }
        }
        assertTrue(quietStill);
        assertFalse(movingEverStill);
    }

    @Test
    void fastRotationIsNotStillEvenWithAQuietAccelerometer() {
        StillnessDetector d = new StillnessDetector();
        boolean ever = false;
        for (int i = 0; i < RATE_HZ; i++) {
            // 0.2 rad/s, about 11 deg/s: above the 4 deg/s limit.
            ever |= d.accept(new Sample(i / RATE_HZ, 0.3, 0.1, 9.8, 0.2, 0, 0));
        }
        assertFalse(ever);
    }
}
