package io.reptempo.motion;

import java.util.Arrays;

/**
 * Gravity's direction in the sensor frame through a stretch of motion, known at knots (the rests at
 * either end and every quiet moment in between, when the accelerometer feels gravity alone) and
 * interpolated between them. A slow lowering is mostly quiet, so a bar that rolls a little while
 * lowering is followed closely.
 */
final class GravityTrack {
    private double[] t = new double[16];
    private double[] x = new double[16];
    private double[] y = new double[16];
    private double[] z = new double[16];
    private int size;
    private int cursor;

    void clear() {
        size = 0;
        cursor = 0;
    }

    int size() {
        return size;
    }

    double lastTime() {
        return t[size - 1];
    }

    /** Adds a knot; knots must come in time order (an earlier one is ignored). */
    void add(double time, double gx, double gy, double gz) {
        if (size > 0 && time <= t[size - 1]) {
            return;
        }
        if (size == t.length) {
            int n = size * 2;
            t = Arrays.copyOf(t, n);
            x = Arrays.copyOf(x, n);
            y = Arrays.copyOf(y, n);
            z = Arrays.copyOf(z, n);
        }
        double norm = Math.sqrt(gx * gx + gy * gy + gz * gz);
        t[size] = time;
        x[size] = gx / norm;
        y[size] = gy / norm;
        z[size] = gz / norm;
        size++;
    }

    /** Removes the knots after the given time (used when a stretch is cut short). */
    void dropAfter(double time) {
        while (size > 1 && t[size - 1] > time) {
            size--;
        }
        cursor = Math.min(cursor, size - 1);
    }

    /** Time of the first knot after {@code time}, or +infinity. */
    double nextKnotAfter(double time) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] <= time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < size ? t[lo] : Double.POSITIVE_INFINITY;
    }

    /** Places the lookup cursor at the knot interval holding {@code time}. */
    void seek(double time) {
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (t[mid] <= time) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        cursor = Math.max(0, lo);
    }

    /** Rewinds the lookup cursor; call before a pass in time order. */
    void rewind() {
        cursor = 0;
    }

    /** Unit direction at time {@code time} into out[0..2]; calls must come in time order after rewind(). */
    void directionAt(double time, double[] out) {
        while (cursor < size - 1 && t[cursor + 1] <= time) {
            cursor++;
        }
        int i = cursor;
        double px;
        double py;
        double pz;
        if (i >= size - 1 || time <= t[i]) {
            px = x[i];
            py = y[i];
            pz = z[i];
        } else {
            double f = (time - t[i]) / (t[i + 1] - t[i]);
            px = x[i] + (x[i + 1] - x[i]) * f;
            py = y[i] + (y[i + 1] - y[i]) * f;
            pz = z[i] + (z[i + 1] - z[i]) * f;
        }
        double norm = Math.sqrt(px * px + py * py + pz * pz);
        out[0] = px / norm;
        out[1] = py / norm;
        out[2] = pz / norm;
    }
}
