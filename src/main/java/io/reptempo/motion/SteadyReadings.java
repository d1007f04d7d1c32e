package io.reptempo.motion;

/**
 * Finds where an in-plane reading holds steady: the means of the two halves of a short trailing
 * window differ by less than a limit. A segment at rest reads steady; so, for a moment, does one
 * swinging like a free pendulum, which callers must allow for.
 */
final class SteadyReadings {
    private SteadyReadings() {
    }

    /**
     * Sets steady[k] for each sample k whose trailing window (two halves of {@code halfSeconds})
     * is steady to within {@code maxChange} (m/s^2); optionally also within {@code sizeTolerance}
     * of {@code size} (pass infinity to skip that test).
     */
    static void mark(double[] t, double[] mx, double[] my, int n, double halfSeconds, double maxChange,
                     double size, double sizeTolerance, boolean[] steady) {
        int lo = 0;
        int mid = 0;
        double s1x = 0;
        double s1y = 0;
        double s2x = 0;
        double s2y = 0;
        for (int k = 0; k < n; k++) {
            steady[k] = false;
            s2x += mx[k];
            s2y += my[k];
            while (mid < k && t[k] - t[mid] > halfSeconds) {
                s2x -= mx[mid];
                s2y -= my[mid];
                s1x += mx[mid];
                s1y += my[mid];
                mid++;
            }
            while (lo < mid && t[mid] - t[lo] > halfSeconds) {
                s1x -= mx[lo];
                s1y -= my[lo];
                lo++;
            }
            int n1 = mid - lo;
            int n2 = k - mid + 1;
            // The window must be nearly full: at 12.5 Hz a 0.05 s half holds one sample.
            if (n1 < 2 || t[k] - t[lo] < 1.6 * halfSeconds) {
                continue;
            }
            double dx = s2x / n2 - s1x / n1;
            double dy = s2y / n2 - s1y / n1;
            double sz = Math.hypot(s2x / n2, s2y / n2);
            steady[k] = dx * dx + dy * dy < maxChange * maxChange && Math.abs(sz - size) < sizeTolerance;
        }
    }
}
