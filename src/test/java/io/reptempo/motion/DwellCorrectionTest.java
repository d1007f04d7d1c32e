package io.reptempo.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Hindsight zero-velocity updates inside a stretch, on synthetic velocity profiles. */
class DwellCorrectionTest {
    private static final double RATE_HZ = 100;

    /** Smooth step from 0 to 1 over [a, b] (half a cosine). */
    private static double ramp(double t, double a, double b) {
        if (t <= a) {
            return 0;
        }
        if (t >= b) {
            return 1;
        }
        return 0.5 - 0.5 * Math.cos(Math.PI * (t - a) / (b - a));
    }

    private static double linear(double t, double a, double b) {
        return Math.max(0, Math.min(1, (t - a) / (b - a)));
    }

    private static double[] times(double seconds) {
        double[] t = new double[(int) Math.round(seconds * RATE_HZ) + 1];
        for (int i = 0; i < t.length; i++) {
            t[i] = i / RATE_HZ;
        }
        return t;
    }

    private static double[] sample(double[] t, DoubleUnaryOperator f) {
        double[] v = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            v[i] = f.applyAsDouble(t[i]);
        }
        return v;
    }

    /** Central differences: the acceleration the velocity was integrated from. */
    private static double[] derivative(double[] t, double[] v) {
        double[] a = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            int lo = Math.max(0, i - 1);
            int hi = Math.min(t.length - 1, i + 1);
            a[i] = (v[hi] - v[lo]) / (t[hi] - t[lo]);
        }
        return a;
    }

    /**
     * A slow lowering (0.1 m/s) that stops 1.5 s before the rest is confirmed, integrated with a
     * gravity size 0.008 m/s^2 off that flips sign halfway through the braking (the tilt fit early
     * in a set), then detrended to end at zero: the stop reads 1-2 cm/s, as if still creeping.
     */
    @Test
    void stillEndOfAStretchThatEndsAtRestIsRest() {
        double[] t = times(6.5);
        DoubleUnaryOperator truth = x -> -0.1 * (ramp(x, 0.5, 1.0) - ramp(x, 4.0, 5.0));
        DoubleUnaryOperator error = x -> x <= 4.5 ? 0.008 * x : 0.036 - 0.008 * (x - 4.5);
        double endError = error.applyAsDouble(6.5);
        double[] vel = sample(t, x -> truth.applyAsDouble(x) + error.applyAsDouble(x) - endError * x / 6.5);
        double[] acc = derivative(t, vel);
        double before = vel[(int) (5.2 * RATE_HZ)];
        assertTrue(Math.abs(before) > 0.01, "the drift is visible before the correction: " + before);

        DwellCorrection.apply(t, vel, acc, true);

        for (int i = (int) (5.0 * RATE_HZ); i < t.length; i++) {
            assertEquals(0, vel[i], 0.003, "velocity at rest, t=" + t[i]);
        }
        assertEquals(0, vel[t.length - 1], 1e-12, "the stretch still ends at zero");
        // The lowering now ends where the bar stopped: speed falls below 1 cm/s within 0.15 s of the truth.
        assertEquals(firstSlowAfter(t, sample(t, truth), 2.0), firstSlowAfter(t, vel, 2.0), 0.15);
    }

    /**
     * A stretch starts in the rest it left, with that rest's gravity 0.008 m/s^2 off until the bar
     * tilts (the error then flips): before the correction the lowering seems to start early.
     */
    @Test
    void restAtTheStartOfAStretchIsRest() {
        double[] t = times(5.5);
        DoubleUnaryOperator truth = x -> -0.1 * (ramp(x, 1.2, 1.7) - ramp(x, 3.5, 4.0));
        DoubleUnaryOperator error = x -> x <= 2.0 ? -0.008 * x : -0.016 + 0.008 * (x - 2.0);
        double endError = error.applyAsDouble(5.5);
        double[] vel = sample(t, x -> truth.applyAsDouble(x) + error.applyAsDouble(x) - endError * x / 5.5);
        double[] acc = derivative(t, vel);
        double trueStart = firstFast(t, sample(t, truth));
        assertTrue(trueStart - firstFast(t, vel) > 0.1, "the drift makes the lowering start early");

        DwellCorrection.apply(t, vel, acc, true);

        for (int i = 0; i < (int) (1.1 * RATE_HZ); i++) {
            assertEquals(0, vel[i], 0.003, "velocity at rest, t=" + t[i]);
        }
        assertEquals(trueStart, firstFast(t, vel), 0.05, "the lowering starts where the bar moved");
    }

    private static double firstFast(double[] t, double[] v) {
        for (int i = 0; i < t.length; i++) {
            if (Math.abs(v[i]) > 0.005) {
                return t[i];
            }
        }
        return Double.NaN;
    }

    /** Without a confirmed rest at the end, a still end is left to the plain drift removal. */
    @Test
    void stillEndIsLeftAloneWhenTheStretchDidNotEndAtRest() {
        double[] t = times(6.5);
        // A stop that creeps at 4 mm/s^2 of drift: left alone, as the plain removal leaves it.
        double[] vel = sample(t, x -> -0.1 * (ramp(x, 0.5, 1.0) - ramp(x, 4.0, 5.0)) + 0.004 * Math.max(0, x - 5.0));
        double[] copy = vel.clone();
        DwellCorrection.apply(t, vel, derivative(t, vel), false);
        for (int i = 0; i < t.length; i++) {
            assertEquals(copy[i], vel[i], 1e-12, "t=" + t[i]);
        }
    }

    /**
     * Touch and go: a lowering glide at 0.2 m/s between two fast lifts (a brief stand at the top) is
     * as still as a stop, and slower than a third of the lifts; it must keep its speed.
     */
    @Test
    void slowGlideBetweenFastLiftsKeepsItsSpeed() {
        double[] t = times(5.3);
        // Lifts peak sharply (no quiet run at the top speed); the lowering speeds up and brakes smoothly.
        DoubleUnaryOperator up = x -> 0.8 * (linear(x, 0.3, 0.8) - linear(x, 0.8, 1.3));
        DoubleUnaryOperator down = x -> -0.2 * (ramp(x, 1.6, 2.0) - ramp(x, 3.5, 3.8));
        DoubleUnaryOperator upAgain = x -> 0.8 * (linear(x, 3.8, 4.3) - linear(x, 4.3, 4.8));
        double[] vel = sample(t, x -> up.applyAsDouble(x) + down.applyAsDouble(x) + upAgain.applyAsDouble(x));
        double[] copy = vel.clone();
        DwellCorrection.apply(t, vel, derivative(t, vel), true);
        for (int i = (int) (2.1 * RATE_HZ); i < (int) (3.4 * RATE_HZ); i++) {
            assertEquals(copy[i], vel[i], 1e-9, "glide speed, t=" + t[i]);
        }
    }

    private static double firstSlowAfter(double[] t, double[] v, double from) {
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= from && Math.abs(v[i]) < 0.01) {
                return t[i];
            }
        }
        return Double.NaN;
    }
}
