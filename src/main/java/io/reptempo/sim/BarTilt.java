package io.reptempo.sim;

import java.util.SplittableRandom;

/**
 * Slow tilt and roll of the bar (up to about 2 degrees) while the lifter holds it, as ZYX Euler
 * angles that are each a sum of two slow sinusoids weighted by the activity envelope.
 */
final class BarTilt {

    private static final int ANGLES = 3;
    private static final int TERMS = 2;

    private final double[] amplitudeRad = new double[ANGLES * TERMS];
    private final double[] omegaRadPerS = new double[ANGLES * TERMS];
    private final double[] phaseRad = new double[ANGLES * TERMS];
    private final ActivityEnvelope envelope;
    private final double[] env = new double[2];
    private final double[] angle = new double[ANGLES];
    private final double[] rate = new double[ANGLES];

    BarTilt(SplittableRandom rng, ActivityEnvelope envelope) {
        this.envelope = envelope;
        for (int a = 0; a < ANGLES; a++) {
            double totalDeg = Draw.uniform(rng, 0.3, 2.0);
            double split = Draw.uniform(rng, 0.5, 0.8);
            for (int k = 0; k < TERMS; k++) {
                int i = a * TERMS + k;
                amplitudeRad[i] = Math.toRadians(totalDeg * (k == 0 ? split : 1.0 - split));
                omegaRadPerS[i] = 2.0 * Math.PI * Draw.uniform(rng, 0.03, 0.2);
                phaseRad[i] = Draw.uniform(rng, 0.0, 2.0 * Math.PI);
            }
        }
    }

    /**
     * Writes the world-from-bar rotation (row-major) into rot[0..8] and the bar-frame angular
     * rate in rad/s into omega[0..2].
     */
    void evaluate(double t, double[] rot, double[] omega) {
        envelope.evaluate(t, env);
        for (int a = 0; a < ANGLES; a++) {
            double s = 0.0;
            double ds = 0.0;
            for (int k = 0; k < TERMS; k++) {
                int i = a * TERMS + k;
                double arg = omegaRadPerS[i] * t + phaseRad[i];
                s += amplitudeRad[i] * Math.sin(arg);
                ds += amplitudeRad[i] * omegaRadPerS[i] * Math.cos(arg);
            }
            angle[a] = env[0] * s;
            rate[a] = env[1] * s + env[0] * ds;
        }
        double roll = angle[0];
        double pitch = angle[1];
        double yaw = angle[2];
        double cr = Math.cos(roll);
        double sr = Math.sin(roll);
        double cp = Math.cos(pitch);
        double sp = Math.sin(pitch);
        double cy = Math.cos(yaw);
        double sy = Math.sin(yaw);
        // R = Rz(yaw) Ry(pitch) Rx(roll)
        rot[0] = cy * cp;
        rot[1] = cy * sp * sr - sy * cr;
        rot[2] = cy * sp * cr + sy * sr;
        rot[3] = sy * cp;
        rot[4] = sy * sp * sr + cy * cr;
        rot[5] = sy * sp * cr - cy * sr;
        rot[6] = -sp;
        rot[7] = cp * sr;
        rot[8] = cp * cr;
        // Body rates of a ZYX Euler sequence.
        omega[0] = rate[0] - rate[2] * sp;
        omega[1] = rate[1] * cr + rate[2] * sr * cp;
        omega[2] = -rate[1] * sr + rate[2] * cr * cp;
    }
}
