package io.reptempo.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.motion.MotionSegment;
import org.junit.jupiter.api.Test;

/** The trace recorder keeps the chart's data small and shows rests and gaps as they were. */
class MotionTraceRecorderTest {

    /** A segment sampled at {@code rateHz} from {@code t0} for {@code seconds}, moving by a sine. */
    private static MotionSegment segment(double t0, double seconds, double rateHz, double startPos) {
        int n = (int) Math.round(seconds * rateHz) + 1;
        double[] t = new double[n];
        double[] p = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = t0 + i / rateHz;
            p[i] = startPos + 0.2 * Math.sin(2 * Math.PI * 0.25 * (t[i] - t0));
            v[i] = 0.2 * 2 * Math.PI * 0.25 * Math.cos(2 * Math.PI * 0.25 * (t[i] - t0));
        }
        return new MotionSegment(t, p, v, true);
    }

    @Test
    void anHourAtOneKilohertzIsThinnedToAboutTwentyPointsPerSecond() {
        MotionTraceRecorder rec = new MotionTraceRecorder();
        rec.onCalibrated(0.5);
        double t = 1;
        int segments = 0;
        while (t < 3600) {
            rec.onSegment(segment(t, 20, 1000, 0));
            t += 21; // one second of rest between stretches
            segments++;
        }
        rec.onProgress(3620, 0, 0, true);
        rec.onFinish(null);
        MotionTrace trace = rec.trace();
        // 20 per second plus the last sample and the rest's corner of each stretch.
        assertTrue(trace.size() <= 20 * 3620 + 3 * segments, "points: " + trace.size());
        assertTrue(trace.size() >= 19 * 3400, "points: " + trace.size());
        for (int i = 1; i < trace.size(); i++) {
            assertTrue(trace.t()[i] > trace.t()[i - 1], "time runs forward at " + i);
        }
        assertEquals(3620, trace.t()[trace.size() - 1], 1e-9, "the closing rest reaches the last sample");
    }

    @Test
    void restsAreFlatAtZeroVelocityAndGapsBreakTheLine() {
        MotionTraceRecorder rec = new MotionTraceRecorder();
        rec.onCalibrated(0.2);
        MotionSegment first = segment(1, 1, 200, 0.1);
        rec.onSegment(first);
        double endPos = first.position()[first.size() - 1];
        rec.onSegment(segment(4, 1, 200, endPos));
        rec.onGap(5.5, 8);
        rec.onSegment(segment(8.5, 1, 200, 0.3));
        MotionTrace trace = rec.trace();

        assertEquals(0.2, trace.t()[0], 1e-9, "the still start is drawn from calibration");
        assertEquals(0.1, trace.position()[0], 1e-9, "at the height the motion starts from");
        int restCorner = indexOf(trace, 4.0);
        assertEquals(endPos, trace.position()[restCorner], 1e-12, "the rest holds the last position");
        assertEquals(0, trace.velocity()[restCorner], 0, "at zero velocity");
        int gap = -1;
        for (int i = 0; i < trace.size(); i++) {
            if (Double.isNaN(trace.position()[i])) {
                gap = i;
            }
        }
        assertTrue(gap > restCorner, "the gap is marked with NaN");
        assertTrue(trace.t()[gap] <= 8.5 && trace.t()[gap + 1] >= 8.5, "the next stretch starts after the break");
    }

    private static int indexOf(MotionTrace trace, double t) {
        for (int i = 0; i < trace.size(); i++) {
            if (Math.abs(trace.t()[i] - t) < 1e-9 && trace.velocity()[i] == 0) {
                return i;
            }
        }
        throw new AssertionError("no point at " + t);
    }
}
