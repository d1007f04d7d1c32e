package io.reptempo.motion;

import java.util.ArrayList;
import java.util.List;

/**
 * Zero-velocity updates found in hindsight inside a stretch of motion: a quiet dwell between two
 * movements in opposite directions is a turning point, where the bar stood still, and so is one far
 * slower than the movements on both sides. Velocity left there is drift, removed piecewise-linearly
 * between such dwells. A quiet glide inside one movement, at about its peak speed, is left alone.
 */
final class DwellCorrection {
    /** Shortest quiet stretch taken as a dwell at a turning point. */
    static final double MIN_DWELL_SECONDS = 0.2;
    /** A quiet run between movements the same way is a stop below this share of their peaks. */
    static final double STOP_SHARE_OF_NEIGHBOURS = 0.3;
    /** Vertical acceleration, averaged over {@link #SMOOTHING_SECONDS}, below which the bar is quiet. */
    static final double QUIET_ACCEL_MPS2 = 0.08;
    static final double SMOOTHING_SECONDS = 0.1;
    /** Speed at a dwell must be below this share of the movements on both sides. */
    static final double DWELL_SHARE_OF_NEIGHBOURS = 0.5;

    private DwellCorrection() {
    }

    /** Corrects {@code vel} in place; velocity at the first and last sample is taken as already right. */
    static void apply(double[] t, double[] vel, boolean[] quiet) {
        int n = t.length;
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!quiet[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && quiet[j]) {
                j++;
            }
            if (t[j - 1] - t[i] >= MIN_DWELL_SECONDS) {
                runs.add(new int[] {i, j - 1});
            }
            i = j;
        }
        if (runs.isEmpty()) {
            return;
        }
        List<double[]> anchors = new ArrayList<>(); // {time, velocity error}
        anchors.add(new double[] {t[0], 0});
        for (int r = 0; r < runs.size(); r++) {
            int from = runs.get(r)[0];
            int to = runs.get(r)[1];
            if (from == 0) {
                // A stretch starts where its rest was last proven (velocity zero there already); the
                // quiet that follows may be the start of a slow lowering, not more rest.
                continue;
            }
            int leftEdge = r == 0 ? 0 : runs.get(r - 1)[1];
            int rightEdge = r == runs.size() - 1 ? n - 1 : runs.get(r + 1)[0];
            double before = extreme(vel, leftEdge, from);
            double after = extreme(vel, to, rightEdge);
            double mean = 0;
            for (int k = from; k <= to; k++) {
                mean += vel[k];
            }
            mean /= to - from + 1;
            boolean turning = before * after < 0;
            double neighbours = Math.min(Math.abs(before), Math.abs(after));
            boolean slow = Math.abs(mean) < DWELL_SHARE_OF_NEIGHBOURS * neighbours;
            // Between two movements the same way, only a dwell far slower than both is a stop; a
            // quiet glide runs at about its movement's peak speed.
            boolean stopped = Math.abs(mean) < STOP_SHARE_OF_NEIGHBOURS * neighbours;
            if (turning && slow || stopped) {
                anchors.add(new double[] {0.5 * (t[from] + t[to]), mean});
            }
        }
        anchors.add(new double[] {t[n - 1], 0});
        if (anchors.size() == 2) {
            return;
        }
        anchors.sort((p, q) -> Double.compare(p[0], q[0]));
        int a = 0;
        for (int k = 0; k < n; k++) {
            while (a < anchors.size() - 2 && t[k] > anchors.get(a + 1)[0]) {
                a++;
            }
            double[] p = anchors.get(a);
            double[] q = anchors.get(a + 1);
            double f = q[0] > p[0] ? (t[k] - p[0]) / (q[0] - p[0]) : 0;
            vel[k] -= p[1] + (q[1] - p[1]) * Math.max(0, Math.min(1, f));
        }
    }

    /** Marks samples whose vertical acceleration, averaged over a short centred window, is small. */
    static boolean[] quietVertical(double[] t, double[] acc) {
        int n = t.length;
        boolean[] quiet = new boolean[n];
        int lo = 0;
        int hi = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            while (hi < n && t[hi] <= t[i] + SMOOTHING_SECONDS / 2) {
                sum += acc[hi++];
            }
            while (t[lo] < t[i] - SMOOTHING_SECONDS / 2) {
                sum -= acc[lo++];
            }
            quiet[i] = Math.abs(sum / (hi - lo)) < QUIET_ACCEL_MPS2;
        }
        return quiet;
    }

    /** The velocity of largest magnitude in [from, to], with its sign. */
    private static double extreme(double[] v, int from, int to) {
        double best = 0;
        for (int k = from; k <= to; k++) {
            if (Math.abs(v[k]) > Math.abs(best)) {
                best = v[k];
            }
        }
        return best;
    }
}
