package io.reptempo.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.phases.Direction;
import io.reptempo.phases.Movement;
import io.reptempo.phases.MovementListener;
import io.reptempo.phases.MovementSegmenter;
import io.reptempo.sensor.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reverse hyperextensions (a leg swinging fast about the hip) and curls measured with an
 * accelerometer alone, strapped at an odd angle, with bias and noise: the movements must start and
 * end where the angle's speed crosses 5 % of its peak, and cover the range swung.
 */
class AccelOnlyLimbTest {
    /** Share of a minimum-jerk stroke's time before its speed reaches 5 % of the peak. */
    private static final double ONSET_SHARE = 0.0593;

    @ParameterizedTest(name = "{0} at {1} m, {3} deg in {2} s")
    @CsvSource({
        "reverse hyper, 0.85, 0.9, 80, 2.5",
        "curl, 0.25, 1.0, 130, 2.5",
    })
    void timesEachStrokeWithoutAGyroscope(String name, double radiusM, double raiseS, double romDeg, double lowerS) {
        double rate = 200;
        List<double[]> strokes = new ArrayList<>();
        strokes.add(new double[] {1.5, 0});
        for (int r = 0; r < 3; r++) {
            strokes.add(new double[] {raiseS, romDeg});
            strokes.add(new double[] {1.0, 0});
            strokes.add(new double[] {lowerS, -romDeg});
            strokes.add(new double[] {1.0, 0});
        }
        SwingMotion swing = new SwingMotion(rate, 4, strokes);
        double[] mount = rotation(0.4, 1.9, -0.8);
        double[] bias = {0.15, -0.2, 0.1};
        Random noise = new Random(7);
        List<Movement> movements = new ArrayList<>();
        MovementSegmenter segmenter = new MovementSegmenter(new MovementListener() {
            @Override
            public void onMovement(Movement m) {
                movements.add(m);
            }
        }, 3.0);
        LimbMotionEstimator estimator = new LimbMotionEstimator(segmenter, Direction.UP);
        for (int k = 0; k < swing.size(); k++) {
            double[] segmentFrame = {swing.tangential(k, radiusM), 0, swing.radial(k, radiusM)};
            double[] s = multiplyTransposed(mount, segmentFrame);
            estimator.accept(Sample.accel(swing.t[k], s[0] + bias[0] + 0.02 * noise.nextGaussian(),
                    s[1] + bias[1] + 0.02 * noise.nextGaussian(), s[2] + bias[2] + 0.02 * noise.nextGaussian()));
        }
        estimator.finish();

        assertEquals(6, movements.size(), "movements: " + movements);
        double start = 1.5;
        for (int r = 0; r < 3; r++) {
            Movement up = movements.get(2 * r);
            Movement down = movements.get(2 * r + 1);
            assertEquals(Direction.UP, up.direction());
            assertEquals(start + ONSET_SHARE * raiseS, up.startS(), 0.03, "raise start");
            assertEquals(start + (1 - ONSET_SHARE) * raiseS, up.endS(), 0.03, "raise end");
            assertEquals(romDeg, up.distance(), 2.0, "range raised");
            double lowerStart = start + raiseS + 1.0;
            assertEquals(Direction.DOWN, down.direction());
            assertEquals(lowerStart + ONSET_SHARE * lowerS, down.startS(), 0.05, "lowering start");
            assertEquals(lowerStart + (1 - ONSET_SHARE) * lowerS, down.endS(), 0.05, "lowering end");
            assertEquals(romDeg, down.distance(), 2.0, "range lowered");
            start = lowerStart + lowerS + 1.0;
        }
    }

    /**
     * A curl read through 5 % of g of bias on two axes and 2 % of uneven scale error: at the two
     * rests they look like gravity's size, but they bend the rests' directions by degrees; the
     * arc between the rests shows them.
     */
    @ParameterizedTest(name = "bias {0} {1} {2}, scale {3} {4} {5}")
    @CsvSource({
        "0.49, -0.49, 0.2, 1.02, 0.98, 1.0",
        "-0.49, 0.3, 0.49, 0.98, 1.0, 1.02",
    })
    void findsACurlsRangeThroughBiasAndScaleErrors(double bx, double by, double bz, double sx, double sy, double sz) {
        double rate = 200;
        double romDeg = 125;
        List<double[]> strokes = new ArrayList<>();
        strokes.add(new double[] {1.5, 0});
        for (int r = 0; r < 3; r++) {
            strokes.add(new double[] {1.2, romDeg});
            strokes.add(new double[] {0.8, 0});
            strokes.add(new double[] {3.0, -romDeg});
            strokes.add(new double[] {1.0, 0});
        }
        SwingMotion swing = new SwingMotion(rate, 4, strokes);
        double[] mount = rotation(0.4, 1.9, -0.8);
        double[] bias = {bx, by, bz};
        double[] scale = {sx, sy, sz};
        Random noise = new Random(11);
        List<Movement> movements = new ArrayList<>();
        MovementSegmenter segmenter = new MovementSegmenter(new MovementListener() {
            @Override
            public void onMovement(Movement m) {
                movements.add(m);
            }
        }, 3.0);
        LimbMotionEstimator estimator = new LimbMotionEstimator(segmenter, Direction.UP);
        for (int k = 0; k < swing.size(); k++) {
            double[] segmentFrame = {swing.tangential(k, 0.25), 0, swing.radial(k, 0.25)};
            double[] s = multiplyTransposed(mount, segmentFrame);
            double[] m = new double[3];
            for (int i = 0; i < 3; i++) {
                m[i] = scale[i] * s[i] + bias[i] + 0.02 * noise.nextGaussian();
            }
            estimator.accept(Sample.accel(swing.t[k], m[0], m[1], m[2]));
        }
        estimator.finish();

        assertEquals(6, movements.size(), "movements: " + movements);
        // A movement runs between 5 % of peak speed: a minimum-jerk stroke's tails are left out.
        double tail = 10 * Math.pow(ONSET_SHARE, 3) - 15 * Math.pow(ONSET_SHARE, 4) + 6 * Math.pow(ONSET_SHARE, 5);
        for (Movement m : movements) {
            // Through the rests alone the ranges came out 3.3-4.1 deg off.
            assertEquals(romDeg * (1 - 2 * tail), m.distance(), 2.5, "range of " + m);
        }
    }

    /**
     * Live, before a stretch is worked out, the angle shown without a gyroscope must not jitter
     * with the reading's noise, nor jump when a movement starts, and must still follow the limb.
     */
    @Test
    void showsACalmLiveAngleWithoutAGyroscope() {
        double rate = 400;
        SwingMotion swing = new SwingMotion(rate, 4, List.of(new double[] {1.5, 0}, new double[] {3.0, 100},
                new double[] {1.0, 0}, new double[] {3.0, -100}, new double[] {1.0, 0}));
        double[] mount = rotation(0.4, 1.9, -0.8);
        Random noise = new Random(5);
        List<double[]> shown = new ArrayList<>();
        LimbMotionEstimator estimator = new LimbMotionEstimator(new MotionListener() {
            @Override
            public void onSegment(MotionSegment segment) {
            }

            @Override
            public void onProgress(double t, double position, double velocity, boolean resting) {
                shown.add(new double[] {t, position, resting ? 1 : 0});
            }
        }, Direction.UP);
        for (int k = 0; k < swing.size(); k++) {
            double[] s = multiplyTransposed(mount, new double[] {swing.tangential(k, 0.25), 0, swing.radial(k, 0.25)});
            estimator.accept(Sample.accel(swing.t[k], s[0] + 0.1 * noise.nextGaussian(),
                    s[1] + 0.1 * noise.nextGaussian(), s[2] + 0.1 * noise.nextGaussian()));
        }
        estimator.finish();
        // Sample-to-sample steps from the rest before the lowering on (the axis is known by then):
        // raw, 0.1 m/s^2 of noise moves the reading's direction by ~0.8 deg a sample (2.4 at worst).
        double worstStep = 0;
        double worstLag = 0;
        for (int i = 1; i < shown.size(); i++) {
            double[] a = shown.get(i - 1);
            double[] b = shown.get(i);
            if (a[0] > 5.0 && b[2] == 0) {
                worstStep = Math.max(worstStep, Math.abs(b[1] - a[1]));
                int k = (int) Math.round(b[0] * rate);
                worstLag = Math.max(worstLag, Math.abs(b[1] - Math.toDegrees(swing.theta[Math.min(k, swing.size() - 1)])));
            }
        }
        // The limb itself turns up to ~0.25 deg a sample here.
        assertTrue(worstStep < 0.4, "largest step of the live angle " + worstStep);
        assertTrue(worstLag < 6, "live angle off by " + worstLag);
    }

    private static double[] rotation(double a, double b, double c) {
        double[] rx = {1, 0, 0, 0, Math.cos(a), -Math.sin(a), 0, Math.sin(a), Math.cos(a)};
        double[] ry = {Math.cos(b), 0, Math.sin(b), 0, 1, 0, -Math.sin(b), 0, Math.cos(b)};
        double[] rz = {Math.cos(c), -Math.sin(c), 0, Math.sin(c), Math.cos(c), 0, 0, 0, 1};
        return mul(rz, mul(ry, rx));
    }

    private static double[] mul(double[] a, double[] b) {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    c[3 * i + j] += a[3 * i + k] * b[3 * k + j];
                }
            }
        }
        return c;
    }

    private static double[] multiplyTransposed(double[] r, double[] v) {
        return new double[] {
            r[0] * v[0] + r[3] * v[1] + r[6] * v[2],
            r[1] * v[0] + r[4] * v[1] + r[7] * v[2],
            r[2] * v[0] + r[5] * v[1] + r[8] * v[2]};
    }
}
