package io.reptempo.motion;

import java.util.Arrays;

/**
 * Cuts motion with no rests into stretches between turning points (the top and the bottom of
 * each movement), so that each stretch can be segmented like motion between two rests. A
 * turning point counts once the position has come back from it by a share of the recent range
 * of motion: wobbles smaller than that stay inside a stretch.
 */
final class TurningPointSplitter {
    /** Share of the recent range the position must come back by to confirm a turning point. */
    static final double HYSTERESIS_SHARE = 0.3;
    /** Smallest confirmation distance, m: a bar wobble, never a rep. */
    static final double MIN_HYSTERESIS_M = 0.03;
    /** The recent range is measured over this many rep lengths. */
    static final double RANGE_PERIODS = 3.0;
    static final double RANGE_GRID_SECONDS = 0.05;
    /** Acceleration below this share of the stretch's peak (and below the floor) is a pause's. */
    static final double QUIET_SHARE = 0.1;
    static final double MIN_QUIET_ACCELERATION = 0.2;

    private final MotionListener listener;
    private double[] t = new double[256];
    private double[] p = new double[256];
    private double[] v = new double[256];
    private double[] a = new double[256];
    private int size;
    private int heading;        // +1 looking for a top, -1 for a bottom, 0 not known yet
    private int high;
    private int low;
    private final double[] rangeT = new double[(int) (RepPeriodEstimator.MAX_PERIOD_SECONDS * RANGE_PERIODS
            / RANGE_GRID_SECONDS) + 2];
    private final double[] rangeP = new double[rangeT.length];
    private int rangeCount;
    private double lastRangeT = Double.NaN;
    private double rangeMax;
    private double rangeMin;

    TurningPointSplitter(MotionListener listener) {
        this.listener = listener;
    }

    void push(double time, double position, double velocity, double acceleration, double periodSeconds) {
        if (size == t.length) {
            grow();
        }
        t[size] = time;
        p[size] = position;
        v[size] = velocity;
        a[size] = acceleration;
        int i = size++;
        double h = hysteresis(time, position, periodSeconds);
        if (size == 1) {
            high = low = 0;
            return;
        }
        if (p[i] > p[high]) {
            high = i;
        }
        if (p[i] < p[low]) {
            low = i;
        }
        if (heading >= 0 && p[high] - p[i] >= h) {
            cut(high);
            heading = -1;
        } else if (heading <= 0 && p[i] - p[low] >= h) {
            cut(low);
            heading = 1;
        }
        if (t[size - 1] - t[0] > StreamLimits.MAX_SEGMENT_SECONDS) {
            cut(size - 1); // no turning point for minutes: keep memory bounded
        }
    }

    /** Emits what is left as the last stretch and starts afresh (end of stream or a gap). */
    void flush() {
        if (size > 1) {
            emit(size - 1);
        }
        size = 0;
        heading = 0;
        rangeCount = 0;
        lastRangeT = Double.NaN;
    }

    /** Emits the stretch up to the turning point at index k and keeps the rest, k included. */
    private void cut(int k) {
        if (k > 0) {
            emit(k);
        }
        int keep = size - k;
        System.arraycopy(t, k, t, 0, keep);
        System.arraycopy(p, k, p, 0, keep);
        System.arraycopy(v, k, v, 0, keep);
        System.arraycopy(a, k, a, 0, keep);
        size = keep;
        high = low = 0;
        for (int i = 1; i < size; i++) {
            if (p[i] > p[high]) {
                high = i;
            }
            if (p[i] < p[low]) {
                low = i;
            }
        }
    }

    /**
     * Emits the stretch [0, k]. The bar is still at a turning point, and stays still through a
     * pause there: where the acceleration stays quiet next to either end, velocity is zero, and
     * in between it is re-anchored to zero at those points (the rough detrending leaves an offset
     * that would otherwise run a pause into the next movement). A stretch cut short by a gap or
     * the end of the stream is anchored at its last sample too: its true end is unknown, and
     * taking it as still keeps a half-seen movement from passing for a whole one.
     */
    private void emit(int k) {
        double peak = 0;
        for (int i = 0; i <= k; i++) {
            peak = Math.max(peak, Math.abs(a[i]));
        }
        double quiet = Math.max(MIN_QUIET_ACCELERATION, QUIET_SHARE * peak);
        int head = 0;
        while (head < k && Math.abs(a[head + 1]) < quiet) {
            head++;
        }
        int tail = k;
        while (tail > head && Math.abs(a[tail - 1]) < quiet) {
            tail--;
        }
        double[] vel = new double[k + 1];
        double span = t[tail] - t[head];
        for (int i = head; i <= tail; i++) {
            double f = span > 0 ? (t[i] - t[head]) / span : 0;
            vel[i] = v[i] - (v[head] + f * (v[tail] - v[head]));
        }
        listener.onSegment(new MotionSegment(Arrays.copyOf(t, k + 1), Arrays.copyOf(p, k + 1), vel, false));
    }

    /** The confirmation distance from the range of the last few reps. */
    private double hysteresis(double time, double position, double periodSeconds) {
        if (Double.isNaN(lastRangeT) || time - lastRangeT >= RANGE_GRID_SECONDS) {
            rangeT[rangeCount % rangeT.length] = time;
            rangeP[rangeCount % rangeT.length] = position;
            rangeCount++;
            lastRangeT = time;
            // The recent range is re-read only when the grid moves on, not for every sample.
            double from = time - RANGE_PERIODS * periodSeconds;
            rangeMax = Double.NEGATIVE_INFINITY;
            rangeMin = Double.POSITIVE_INFINITY;
            for (int j = 0; j < Math.min(rangeCount, rangeT.length); j++) {
                if (rangeT[j] >= from) {
                    rangeMax = Math.max(rangeMax, rangeP[j]);
                    rangeMin = Math.min(rangeMin, rangeP[j]);
                }
            }
        }
        double range = Math.max(rangeMax, position) - Math.min(rangeMin, position);
        return Math.max(MIN_HYSTERESIS_M, HYSTERESIS_SHARE * range);
    }

    private void grow() {
        int n = t.length * 2;
        t = Arrays.copyOf(t, n);
        p = Arrays.copyOf(p, n);
        v = Arrays.copyOf(v, n);
        a = Arrays.copyOf(a, n);
    }
}
