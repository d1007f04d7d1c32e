package io.reptempo.motion;

import java.util.Arrays;

/**
 * A stream minus its own centred moving mean, window in seconds: the high-pass that takes
 * integration drift out of motion with no rests, since over one rep the bar comes back to
 * where it started. A point is released once the window's future half has arrived; each
 * point carries a fixed number of extra values through unchanged.
 */
final class CenteredDetrend {
    /**
     * Receives released points: the detrended value, the moving mean's slope and the carried
     * values (an array reused for the next point, so read it during the call).
     */
    interface Output {
        void accept(double t, double detrended, double meanSlope, double[] carried);
    }

    private final Output out;
    private double[] t = new double[256];
    private double[] x = new double[256];
    private final double[][] carried;
    private final double[] released;
    private double[] cum = new double[257]; // cum[i] = sum of x[0..i-1]
    private int size;
    private int next;   // index of the next point to release
    private int first;  // oldest index still needed
    private double startT = Double.NaN; // first point since the stream (re)started

    CenteredDetrend(int carriedValues, Output out) {
        this.out = out;
        this.carried = new double[carriedValues][256];
        this.released = new double[carriedValues];
    }

    /**
     * Adds a point with its carried values (copied); points are released only once
     * {@code release} allows (the window is trusted).
     */
    void push(double time, double value, double[] carry, double windowSeconds, boolean release) {
        if (size == t.length) {
            compact();
        }
        t[size] = time;
        x[size] = value;
        for (int c = 0; c < carried.length; c++) {
            carried[c][size] = carry[c];
        }
        cum[size + 1] = cum[size] + value;
        size++;
        if (Double.isNaN(startT)) {
            startT = time;
        }
        double half = windowSeconds / 2;
        // Near the start the window is slid forward to stay whole, so it needs a full length.
        while (release && next < size && t[size - 1] >= Math.max(t[next] + half, startT + 2 * half)) {
            release(half, false);
        }
    }

    /** Releases every remaining point, the window slid back to stay whole at the end of the stream. */
    void flush(double windowSeconds) {
        while (next < size) {
            release(windowSeconds / 2, true);
        }
        size = 0;
        next = 0;
        first = 0;
        startT = Double.NaN;
    }

    /**
     * Releases the next point. Its window is centred on it where the data allows; at the start
     * (and, when {@code ending}, at the end) of the stream it is slid inwards to stay one whole
     * window long rather than cut short: over a whole rep's length the mean is still the level
     * to take away, where over a cut window it would be swung by half a rep.
     */
    private void release(double half, boolean ending) {
        double tc = t[next];
        double from = tc - half;
        double to = tc + half;
        boolean slid = false;
        if (from < startT) {
            to += startT - from;
            from = startT;
            slid = true;
        }
        if (ending && to > t[size - 1]) {
            from = Math.max(startT, from - (to - t[size - 1]));
            to = t[size - 1];
            slid = true;
        }
        while (first < next && t[first] < from) {
            first++;
        }
        int lo = first;
        while (lo > 0 && t[lo - 1] >= from) {
            lo--;
        }
        int hi = next;
        while (hi + 1 < size && t[hi + 1] <= to) {
            hi++;
        }
        double mean = (cum[hi + 1] - cum[lo]) / (hi - lo + 1);
        // A slid window stands still while the point moves on, so its mean has no slope.
        double slope = !slid && hi > lo ? (x[hi] - x[lo]) / (t[hi] - t[lo]) : 0;
        for (int c = 0; c < carried.length; c++) {
            released[c] = carried[c][next];
        }
        out.accept(tc, x[next] - mean, slope, released);
        next++;
    }

    /** Drops points no window needs any more, or grows the arrays when all are still needed. */
    private void compact() {
        if (first > 0) {
            int keep = size - first;
            double base = cum[first];
            System.arraycopy(t, first, t, 0, keep);
            System.arraycopy(x, first, x, 0, keep);
            for (double[] c : carried) {
                System.arraycopy(c, first, c, 0, keep);
            }
            for (int i = 0; i <= keep; i++) {
                cum[i] = cum[first + i] - base;
            }
            size = keep;
            next -= first;
            first = 0;
        }
        if (size == t.length) {
            int n = t.length * 2;
            t = Arrays.copyOf(t, n);
            x = Arrays.copyOf(x, n);
            for (int c = 0; c < carried.length; c++) {
                carried[c] = Arrays.copyOf(carried[c], n);
            }
            cum = Arrays.copyOf(cum, n + 1);
        }
    }
}
