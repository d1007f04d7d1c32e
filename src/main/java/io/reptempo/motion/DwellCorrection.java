package io.reptempo.motion;

import java.util.ArrayList;
import java.util.List;

/**
 * Zero-velocity updates found in hindsight inside a stretch of motion: a quiet dwell between two
 * movements in opposite directions is a turning point, where the bar stood still, and so is one far
 * slower than the movements on both sides. Velocity left there is drift, removed piecewise-linearly
 * between such dwells. A quiet glide inside one movement, at about its peak speed, is left alone.
 * Where the bar stands still (a stop at the bottom, the end of the rest a stretch starts in, or the
 * first part of the rest that ends it: a rest is confirmed only once the re-integrated speed is low,
 * which takes a while early in a set, while the tilt fit is rough), the drift is read from a line
 * through the velocity there, so movements start and end where the bar really moved.
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
    /**
     * Vertical acceleration, averaged over {@link #STILL_SMOOTHING_SECONDS}, below which the bar is
     * still: a drift of gravity's size stays well under it, while the end of a gentle braking (still
     * a few centimetres per second) is above it.
     */
    static final double STILL_ACCEL_MPS2 = 0.02;
    static final double STILL_SMOOTHING_SECONDS = 0.3;
    /**
     * A still run is compared with the movement just around it, within this time: a still glide
     * follows its own speed-up, a stop its braking from the movement's speed.
     */
    static final double NEIGHBOUR_SECONDS = 1.5;
    /**
     * Largest drift read at a still stop: a slow glide is still too, and next to fast lifts (touch
     * and go) it can be slower than their share, but it is faster than this.
     */
    static final double MAX_STOP_DRIFT_MPS = 0.05;
    /** A still run shorter than this is left alone: its drift is too small to matter or to measure. */
    static final double MIN_STILL_SECONDS = 0.5;

    private DwellCorrection() {
    }

    /**
     * Corrects {@code vel} in place, given the vertical acceleration {@code acc} it was integrated
     * from; velocity at the first and last sample is taken as already right.
     * {@code endsAtRest}: the stretch ends at a confirmed rest, so a still end belongs to that rest.
     */
    static void apply(double[] t, double[] vel, double[] acc, boolean endsAtRest) {
        int n = t.length;
        List<double[]> anchors = new ArrayList<>(); // {time, velocity error}
        anchors.add(new double[] {t[0], 0});
        List<int[]> stops = stillStops(t, vel, runs(t, quietVertical(t, acc, STILL_SMOOTHING_SECONDS,
                STILL_ACCEL_MPS2), MIN_STILL_SECONDS), endsAtRest);
        for (int[] stop : stops) {
            // Drift grows steadily: a line through the stop's velocity reads it at both edges, so the
            // movements on either side end and start where the bar really stopped.
            if (stop[0] > 0) {
                anchors.add(new double[] {t[stop[0]], lineAt(t, vel, stop[0], stop[1], t[stop[0]])});
            }
            if (stop[1] < n - 1) {
                anchors.add(new double[] {t[stop[1]], lineAt(t, vel, stop[0], stop[1], t[stop[1]])});
            }
        }
        List<int[]> runs = runs(t, quietVertical(t, acc, SMOOTHING_SECONDS, QUIET_ACCEL_MPS2), MIN_DWELL_SECONDS);
        for (int r = 0; r < runs.size(); r++) {
            int from = runs.get(r)[0];
            int to = runs.get(r)[1];
            if (from == 0 || to == n - 1 || overlaps(stops, from, to)) {
                // A stretch starts where its rest was last proven (velocity zero there already); the
                // quiet that follows may be the start of a slow lowering (only the still test above
                // tells them apart). The end is taken as right, and a still stop inside a run has
                // said more than the run's mean.
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

    /** Runs of marked samples lasting at least {@code minSeconds}, as {first, last} index pairs. */
    private static List<int[]> runs(double[] t, boolean[] marked, double minSeconds) {
        int n = t.length;
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!marked[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && marked[j]) {
                j++;
            }
            if (t[j - 1] - t[i] >= minSeconds) {
                runs.add(new int[] {i, j - 1});
            }
            i = j;
        }
        return runs;
    }

    /**
     * The still runs where the bar stood: far slower than the movement on both sides (a still glide
     * runs at about its movement's speed). One that ends the stretch counts only when the stretch
     * ends at a rest, and is compared with the movement before it; one that starts it (the rest the
     * stretch began in, drifting with that rest's gravity until the bar moves) with the one after.
     */
    private static List<int[]> stillStops(double[] t, double[] vel, List<int[]> still, boolean endsAtRest) {
        int n = t.length;
        List<int[]> stops = new ArrayList<>();
        for (int r = 0; r < still.size(); r++) {
            int from = still.get(r)[0];
            int to = still.get(r)[1];
            boolean first = from == 0;
            boolean last = to == n - 1;
            if (first && last || last && !endsAtRest) {
                continue;
            }
            int left = r == 0 ? 0 : still.get(r - 1)[1];
            while (left < from && t[left] < t[from] - NEIGHBOUR_SECONDS) {
                left++;
            }
            int right = r == still.size() - 1 ? n - 1 : still.get(r + 1)[0];
            while (right > to && t[right] > t[to] + NEIGHBOUR_SECONDS) {
                right--;
            }
            double before = Math.abs(extreme(vel, left, from));
            double after = Math.abs(extreme(vel, to, right));
            double neighbours = first ? after : last ? before : Math.min(before, after);
            double limit = Math.min(MAX_STOP_DRIFT_MPS, STOP_SHARE_OF_NEIGHBOURS * neighbours);
            if ((first || Math.abs(lineAt(t, vel, from, to, t[from])) < limit)
                    && (last || Math.abs(lineAt(t, vel, from, to, t[to])) < limit)) {
                stops.add(new int[] {from, to});
            }
        }
        return stops;
    }

    private static boolean overlaps(List<int[]> spans, int from, int to) {
        for (int[] s : spans) {
            if (s[0] <= to && from <= s[1]) {
                return true;
            }
        }
        return false;
    }

    /** Least-squares line through {@code vel[from..to]} against time, evaluated at time {@code x}. */
    private static double lineAt(double[] t, double[] vel, int from, int to, double x) {
        int m = to - from + 1;
        double meanT = 0;
        double meanV = 0;
        for (int k = from; k <= to; k++) {
            meanT += t[k];
            meanV += vel[k];
        }
        meanT /= m;
        meanV /= m;
        double num = 0;
        double den = 0;
        for (int k = from; k <= to; k++) {
            num += (t[k] - meanT) * (vel[k] - meanV);
            den += (t[k] - meanT) * (t[k] - meanT);
        }
        return den > 0 ? meanV + num / den * (x - meanT) : meanV;
    }

    /** Marks samples whose vertical acceleration, averaged over a centred window, is below {@code limit}. */
    static boolean[] quietVertical(double[] t, double[] acc, double smoothing, double limit) {
        int n = t.length;
        boolean[] quiet = new boolean[n];
        int lo = 0;
        int hi = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            while (hi < n && t[hi] <= t[i] + smoothing / 2) {
                sum += acc[hi++];
            }
            while (t[lo] < t[i] - smoothing / 2) {
                sum -= acc[lo++];
            }
            quiet[i] = Math.abs(sum) < limit * (hi - lo);
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
