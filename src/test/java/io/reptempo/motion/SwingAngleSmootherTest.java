package io.reptempo.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The accelerometer-only swing smoother on a leg swinging fast at 0.85 m (a reverse
 * hyperextension), where the swing's own acceleration is as large as gravity: the angle and its
 * rate must come out right, and the lever must be learnt.
 */
class SwingAngleSmootherTest {
    private static final double RATE_HZ = 200;
    private static final double RADIUS_M = 0.85;
    private static final double NOISE_MPS2 = 0.03;

    @Test
    void followsAFastLegRaiseThatBendsTheReadingByTensOfDegrees() {
        SwingMotion raise = new SwingMotion(RATE_HZ, 3, List.of(
                new double[] {0.8, 0}, new double[] {0.8, 85}, new double[] {0.6, 0}));
        double[][] readings = readings(raise, new Random(1));
        int n = raise.size();
        // The plain direction of the reading is far from the angle: the test is not an easy one.
        double naiveWorst = 0;
        for (int k = 0; k < n; k++) {
            double naive = Math.atan2(readings[1][k], readings[0][k]);
            naiveWorst = Math.max(naiveWorst, Math.abs(Math.toDegrees(naive - raise.theta[k])));
        }
        assertTrue(naiveWorst > 25, "the reading's own direction is off by " + naiveWorst);

        SwingAngleSmoother smoother = new SwingAngleSmoother();
        double[] angle = new double[n];
        double[] rate = new double[n];
        smoother.smooth(raise.t, readings[0], readings[1], n, SwingMotion.G, Math.toRadians(3), 0.5, 2.0,
                angle, rate);
        assertWithin(raise, angle, rate, 0.75, 5.0);
        assertEquals(RADIUS_M, smoother.leverM(), 0.05, "lever");
    }

    @Test
    void carriesTheLeverIntoTheNextStretch() {
        SwingMotion raise = new SwingMotion(RATE_HZ, 3, List.of(
                new double[] {0.8, 0}, new double[] {0.9, 80}, new double[] {0.6, 0}));
        SwingMotion lower = new SwingMotion(RATE_HZ, 83, List.of(
                new double[] {0.8, 0}, new double[] {2.5, -80}, new double[] {0.6, 0}));
        SwingAngleSmoother smoother = new SwingAngleSmoother();
        Random noise = new Random(2);
        double[][] up = readings(raise, noise);
        smoother.smooth(raise.t, up[0], up[1], raise.size(), SwingMotion.G, Math.toRadians(3), 0.5, 2.1,
                new double[raise.size()], new double[raise.size()]);
        double[][] down = readings(lower, noise);
        int n = lower.size();
        double[] angle = new double[n];
        double[] rate = new double[n];
        smoother.smooth(lower.t, down[0], down[1], n, SwingMotion.G, Math.toRadians(83), 0.5, 3.7, angle, rate);
        assertWithin(lower, angle, rate, 0.75, 5.0);
    }

    /** In-plane readings with the reference direction pointing at the joint (hanging). */
    private static double[][] readings(SwingMotion m, Random noise) {
        int n = m.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = m.radial(k, RADIUS_M) + NOISE_MPS2 * noise.nextGaussian();
            y[k] = m.tangential(k, RADIUS_M) + NOISE_MPS2 * noise.nextGaussian();
        }
        return new double[][] {x, y};
    }

    private static void assertWithin(SwingMotion m, double[] angle, double[] rate, double angleDeg, double rateDps) {
        double worstAngle = 0;
        double worstRate = 0;
        for (int k = 0; k < m.size(); k++) {
            worstAngle = Math.max(worstAngle, Math.abs(Math.toDegrees(angle[k] - m.theta[k])));
            worstRate = Math.max(worstRate, Math.abs(Math.toDegrees(rate[k] - m.omega[k])));
        }
        assertTrue(worstAngle < angleDeg, "worst angle error " + worstAngle);
        assertTrue(worstRate < rateDps, "worst rate error " + worstRate);
    }
}
