package io.reptempo.sim;

import java.util.SplittableRandom;

/**
 * Physiological tremor of the lifter: a tiny 6-10 Hz acceleration (about 0.005-0.02 m/s^2) along a
 * fixed random world direction, present only while the load is held. Its displacement is a few
 * micrometres, so ground truth ignores it.
 */
final class Tremor {

    private final double amplitudeMps2;
    private final double dirX;
    private final double dirY;
    private final double dirZ;
    private final double omega1RadPerS;
    private final double omega2RadPerS;
    private final double phase1Rad;
    private final double phase2Rad;
    private final ActivityEnvelope envelope;
    private final double[] env = new double[2];

    Tremor(SplittableRandom rng, ActivityEnvelope envelope) {
        this.envelope = envelope;
        this.amplitudeMps2 = Draw.uniform(rng, 0.005, 0.02);
        double x = rng.nextGaussian();
        double y = rng.nextGaussian();
        double z = rng.nextGaussian();
        double n = Math.max(1e-9, Math.sqrt(x * x + y * y + z * z));
        dirX = x / n;
        dirY = y / n;
        dirZ = z / n;
        omega1RadPerS = 2 * Math.PI * Draw.uniform(rng, 6.0, 10.0);
        omega2RadPerS = 2 * Math.PI * Draw.uniform(rng, 6.0, 10.0);
        phase1Rad = Draw.uniform(rng, 0, 2 * Math.PI);
        phase2Rad = Draw.uniform(rng, 0, 2 * Math.PI);
    }

    /** Adds the world-frame tremor acceleration at t to acc[0..2]. */
    void add(double t, double[] acc) {
        envelope.evaluate(t, env);
        if (env[0] == 0.0) {
            return;
        }
        double a = env[0] * amplitudeMps2
                * (0.7 * Math.sin(omega1RadPerS * t + phase1Rad) + 0.3 * Math.sin(omega2RadPerS * t + phase2Rad));
        acc[0] += a * dirX;
        acc[1] += a * dirY;
        acc[2] += a * dirZ;
    }
}
