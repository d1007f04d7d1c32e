package io.reptempo.sim;

import java.util.List;

/**
 * A 0..1 weight that is 1 while the lifter holds the load and fades smoothly to 0 at the edges of
 * each active window, so calibration and final stillness stay free of tilt and tremor.
 */
final class ActivityEnvelope {

    private static final double FADE_S = 1.0;

    private final double[] starts;
    private final double[] ends;

    ActivityEnvelope(List<TimeWindow> windows) {
        starts = new double[windows.size()];
        ends = new double[windows.size()];
        for (int i = 0; i < windows.size(); i++) {
            starts[i] = windows.get(i).startS();
            ends[i] = windows.get(i).endS();
        }
    }

    /** Writes the weight into out[0] and its time derivative into out[1]. */
    void evaluate(double t, double[] out) {
        int i = windowAt(t);
        if (i < 0) {
            out[0] = 0.0;
            out[1] = 0.0;
            return;
        }
        double fade = Math.min(FADE_S, (ends[i] - starts[i]) / 3.0);
        double sinceStart = t - starts[i];
        double untilEnd = ends[i] - t;
        if (sinceStart < fade) {
            rise(sinceStart / fade, fade, out);
        } else if (untilEnd < fade) {
            rise(untilEnd / fade, fade, out);
            out[1] = -out[1];
        } else {
            out[0] = 1.0;
            out[1] = 0.0;
        }
    }

    private static void rise(double u, double fadeS, double[] out) {
        out[0] = 0.5 * (1.0 - Math.cos(Math.PI * u));
        out[1] = 0.5 * Math.PI * Math.sin(Math.PI * u) / fadeS;
    }

    private int windowAt(double t) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (t < starts[mid]) {
                hi = mid - 1;
            } else if (t > ends[mid]) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
