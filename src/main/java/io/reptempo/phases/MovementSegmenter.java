package io.reptempo.phases;

import io.reptempo.motion.MotionListener;
import io.reptempo.motion.MotionSegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits drift-corrected motion into movements: runs of one velocity sign, each bounded where
 * its speed crosses {@link #ONSET_FRACTION} of the movement's own peak speed (the common onset
 * convention, so durations are comparable with published tempo figures). Boundaries are
 * interpolated between samples so that low sample rates (12.5 Hz) still give fine timings.
 */
public final class MovementSegmenter implements MotionListener {
    /** Onset/offset threshold as a share of a movement's peak speed. */
    public static final double ONSET_FRACTION = 0.05;
    /** Dips below the threshold shorter than this do not split a movement in two. */
    static final double MIN_PAUSE_SECONDS = 0.1;

    private final MovementListener listener;
    private final double noiseSpeed;

    /**
     * @param noiseSpeed peak speed below which a run is sensor noise, not a movement
     *                   (per second of the position unit)
     */
    public MovementSegmenter(MovementListener listener, double noiseSpeed) {
        this.listener = listener;
        this.noiseSpeed = noiseSpeed;
    }

    @Override
    public void onSegment(MotionSegment segment) {
        double[] v = segment.velocity();
        int n = v.length;
        int runStart = 0;
        double runSign = 0;
        for (int i = 0; i < n; i++) {
            double s = Math.signum(v[i]);
            if (s == 0) {
                continue;
            }
            if (runSign == 0) {
                runSign = s;
            } else if (s != runSign) {
                splitRun(segment, runStart, i, runSign);
                runStart = i;
                runSign = s;
            }
        }
        if (runSign != 0) {
            splitRun(segment, runStart, n, runSign);
        }
        if (segment.endedByRest()) {
            listener.onRest(segment.endTime(), segment.endTime());
        }
    }

    /** One sign run [from, to): find its above-threshold groups and emit each as a movement. */
    private void splitRun(MotionSegment seg, int from, int to, double sign) {
        double[] t = seg.t();
        double[] v = seg.velocity();
        double peak = 0;
        for (int i = from; i < to; i++) {
            peak = Math.max(peak, sign * v[i]);
        }
        if (peak < noiseSpeed) {
            return;
        }
        double threshold = ONSET_FRACTION * peak;
        List<int[]> groups = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && sign * v[i] < threshold) {
                i++;
            }
            if (i >= to) {
                break;
            }
            int start = i;
            int end = i;
            int j = i;
            while (j < to) {
                if (sign * v[j] >= threshold) {
                    end = j++;
                    continue;
                }
                int k = j;
                while (k < to && sign * v[k] < threshold) {
                    k++;
                }
                if (k < to && t[k] - t[j] < MIN_PAUSE_SECONDS) {
                    j = k; // a short dip: same movement
                } else {
                    break;
                }
            }
            groups.add(new int[] {start, end});
            i = end + 1;
        }
        for (int g = 0; g < groups.size(); g++) {
            int lo = g == 0 ? from : (groups.get(g - 1)[1] + groups.get(g)[0]) / 2;
            int hi = g == groups.size() - 1 ? to - 1 : (groups.get(g)[1] + groups.get(g + 1)[0]) / 2;
            emit(seg, lo, hi, sign);
        }
    }

    /** Emits the movement whose samples lie in [lo, hi], applying the 5 % rule to its own peak. */
    private void emit(MotionSegment seg, int lo, int hi, double sign) {
        double[] t = seg.t();
        double[] p = seg.position();
        double[] v = seg.velocity();
        int peakIndex = lo;
        for (int i = lo; i <= hi; i++) {
            if (sign * v[i] > sign * v[peakIndex]) {
                peakIndex = i;
            }
        }
        double peak = sign * v[peakIndex];
        if (peak < noiseSpeed) {
            return;
        }
        double threshold = ONSET_FRACTION * peak;
        int a = peakIndex;
        while (a > lo && sign * v[a - 1] >= threshold) {
            a--;
        }
        int b = peakIndex;
        while (b < hi && sign * v[b + 1] >= threshold) {
            b++;
        }
        double startS = t[a];
        double startPos = p[a];
        if (a > 0) {
            // Interpolate on signed speed: also right where velocity flips sign between samples.
            double f = crossing(sign * v[a - 1], sign * v[a], threshold);
            startS = lerp(t[a - 1], t[a], f);
            startPos = lerp(p[a - 1], p[a], f);
        }
        double endS = t[b];
        double endPos = p[b];
        if (b < t.length - 1) {
            double f = crossing(sign * v[b], sign * v[b + 1], threshold);
            endS = lerp(t[b], t[b + 1], f);
            endPos = lerp(p[b], p[b + 1], f);
        }
        Direction d = sign > 0 ? Direction.UP : Direction.DOWN;
        listener.onMovement(new Movement(d, startS, endS, startPos, endPos, peak, t[peakIndex]));
    }

    /** Fraction of the way from x0 to x1 at which the value equals level. */
    private static double crossing(double x0, double x1, double level) {
        double span = x1 - x0;
        if (Math.abs(span) < 1e-15) {
            return 0.5;
        }
        return Math.max(0, Math.min(1, (level - x0) / span));
    }

    private static double lerp(double a, double b, double f) {
        return a + (b - a) * f;
    }

    @Override
    public void onFinish(double lastSampleSeconds) {
        listener.onFinish(lastSampleSeconds);
    }
}
