package io.reptempo.sim;

import java.util.SplittableRandom;

/**
 * Sample instants of a sensor whose crystal runs a few hundred ppm off nominal and whose stamps
 * jitter by a few percent of the period. Times are rounded to the microsecond (what the file
 * holds) and stay strictly increasing.
 */
final class SampleClock {

    private static final double MICROS = 1e6;
    /** Jitter is clipped here so neighbouring samples can never swap. */
    private static final double MAX_JITTER_PERIODS = 0.4;

    private final double periodS;
    private final double jitterStdS;
    private final SplittableRandom rng;
    private long index;
    private double lastS = Double.NEGATIVE_INFINITY;

    /**
     * @param clockErrorPpm  positive: the sensor runs slow, so true samples come further apart
     * @param jitterFraction standard deviation of the stamp jitter as a fraction of the period
     */
    SampleClock(double nominalRateHz, double clockErrorPpm, double jitterFraction, SplittableRandom rng) {
        this.periodS = (1.0 / nominalRateHz) * (1.0 + clockErrorPpm * 1e-6);
        this.jitterStdS = jitterFraction * periodS;
        this.rng = rng;
    }

    /** The next sample time in seconds. */
    double next() {
        double t = index * periodS;
        if (index > 0 && jitterStdS > 0.0) {
            double limit = MAX_JITTER_PERIODS * periodS;
            t += Math.max(-limit, Math.min(limit, jitterStdS * rng.nextGaussian()));
        }
        index++;
        double rounded = Math.rint(t * MICROS) / MICROS;
        if (rounded <= lastS) {
            rounded = lastS + 1.0 / MICROS;
        }
        lastS = rounded;
        return rounded;
    }
}
