package io.reptempo.motion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Steady readings: a rest is steady, a turn of 30 deg/s is not, nor a reading of the wrong size. */
class SteadyReadingsTest {

    @Test
    void restIsSteadyAndATurnIsNot() {
        int n = 200;
        double[] t = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = k / 100.0;
            // Still for a second, then turning at 30 deg/s.
            double a = k < 100 ? 0 : Math.toRadians(30) * (t[k] - 1);
            x[k] = 9.8 * Math.cos(a);
            y[k] = 9.8 * Math.sin(a);
        }
        boolean[] steady = new boolean[n];
        SteadyReadings.mark(t, x, y, n, 0.05, 0.1, 9.8, 0.2, steady);
        assertFalse(steady[5], "the window is not full yet");
        assertTrue(steady[50], "at rest");
        assertFalse(steady[150], "turning");
        SteadyReadings.mark(t, x, y, n, 0.05, 0.1, 9.0, 0.2, steady);
        assertFalse(steady[50], "steady, but not gravity's size");
    }
}
