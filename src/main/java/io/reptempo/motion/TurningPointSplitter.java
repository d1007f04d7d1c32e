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
    /** Movement above the tremor floor (m/s^2) below which the bar may be pausing. */
    static final double QUIET_ACCELERATION = 0.01;
    /** A run this long with the velocity held and the acceleration quiet is a pause, whatever came before it. */
    static final double MIN_PAUSE_SECONDS = 0.25;
    /**
     * Share of the stretch's velocity swing the velocity may move from its value at the turning
     * point and still count as held: a slow, even lowering is as quiet as a pause but moves.
     */
    static final double HELD_VELOCITY_SHARE = 0.2;

    private final MotionListener listener;
    private double[] t = new double[256];
    private double[] p = new double[256];
    private double[] v = new double[256]; // integrated, not detrended
    private double[] a = new double[256]; // movement above the tremor floor
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

    /**
     * @param position     detrended height, where the turning points are looked for
     * @param velocity     velocity as integrated: its drift is taken out between the anchors of each stretch
     * @param acceleration movement above the tremor floor, for the pause test
     */
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

    /**
     * Emits what is left as the last stretch and starts afresh (end of stream, a gap, or the bar
     * coming to rest, {@code atRest}).
     */
    void flush(boolean atRest) {
        if (size > 1) {
            emit(size - 1, atRest);
        }
        size = 0;
        heading = 0;
        rangeCount = 0;
        lastRangeT = Double.NaN;
    }

    /** Emits the stretch up to the turning point at index k and keeps the rest, k included. */
    private void cut(int k) {
        if (k > 0) {
            emit(k, false);
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
     * Emits the stretch [0, k]. Velocity is zero at a turning point and through a pause there,
     * so the integrated velocity is anchored to zero at both ends (and through the pauses next to
     * them) and its drift in between taken out as a straight line: the bar's own stops do what
     * rests do for the rest-based estimator, whatever the rhythm of the set. Position is the
     * anchored velocity integrated, bent to meet the detrended height at both turning points.
     * A stretch cut short by a gap or the end of the stream is anchored at its last sample too:
     * its true end is unknown, and taking it as still keeps a half-seen movement from passing
     * for a whole one.
     */
    private void emit(int k, boolean atRest) {
        double swingHead = 0;
        double swingTail = 0;
        for (int i = 0; i <= k; i++) {
            swingHead = Math.max(swingHead, Math.abs(v[i] - v[0]));
            swingTail = Math.max(swingTail, Math.abs(v[i] - v[k]));
        }
        int head = stillUntil(0, k, 1, HELD_VELOCITY_SHARE * swingHead);
        int tail = Math.max(head, stillUntil(k, 0, -1, HELD_VELOCITY_SHARE * swingTail));
        double[] vel = new double[k + 1];
        double span = t[tail] - t[head];
        for (int i = head; i <= tail; i++) {
            double f = span > 0 ? (t[i] - t[head]) / span : 0;
            vel[i] = v[i] - (v[head] + f * (v[tail] - v[head]));
        }
        double[] pos = new double[k + 1];
        pos[0] = p[0];
        for (int i = 1; i <= k; i++) {
            pos[i] = pos[i - 1] + (vel[i] + vel[i - 1]) / 2 * (t[i] - t[i - 1]);
        }
        double miss = p[k] - pos[k];
        double whole = t[k] - t[0];
        for (int i = 1; i <= k; i++) {
            pos[i] += miss * (t[i] - t[0]) / whole;
        }
        listener.onSegment(new MotionSegment(Arrays.copyOf(t, k + 1), pos, vel, atRest));
    }

    /**
     * The last index, stepping from the turning point at {@code from} towards {@code to}, that
     * the bar is still held there: the velocity stays within {@code heldVelocity} of its value at
     * the turning point, provided that run has a pause's worth of quiet acceleration in it (the
     * end of a stroke is loud, the pause after it quiet); else only as far as it is quiet from
     * the start, so a reversal without a pause is anchored at the turning point alone.
     */
    private int stillUntil(int from, int to, int step, double heldVelocity) {
        int i = from;
        double quietTime = 0;
        while (i != to && Math.abs(v[i + step] - v[from]) <= heldVelocity) {
            if (a[i + step] < QUIET_ACCELERATION) {
                quietTime += Math.abs(t[i + step] - t[i]);
            }
            i += step;
        }
        if (quietTime >= MIN_PAUSE_SECONDS) {
            return i;
        }
        i = from;
        while (i != to && a[i + step] < QUIET_ACCELERATION && Math.abs(v[i + step] - v[from]) <= heldVelocity) {
            i += step;
        }
        return i;
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
