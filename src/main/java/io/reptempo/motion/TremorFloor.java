package io.reptempo.motion;

/**
 * Bar acceleration above the tremor: the vertical acceleration smoothed, less the level that
 * hand tremor and sensor noise alone reach after the same smoothing. Zero means nothing tells a
 * pause from shaking; the noise is measured from the signal itself (sample-to-sample changes
 * are almost all noise), so the floor follows the lifter and the sample rate.
 */
final class TremorFloor {
    /** Smoothing of the acceleration: long enough to calm 12.5 Hz tremor, short against a movement. */
    static final double SMOOTHING_SECONDS = 0.25;
    /** The noise level is averaged this long. */
    static final double NOISE_SECONDS = 10.0;
    /** Smoothed noise stays under this many of its standard deviations (about 1 sample in 300). */
    static final double FLOOR_SIGMAS = 3.0;

    private double smooth;
    private double last = Double.NaN;
    private double meanSquareStep;
    private double seen;
    private double noise;

    /** Takes the next acceleration, dt after the previous one; returns the movement above the floor. */
    double push(double a, double dt) {
        if (Double.isNaN(last) || dt <= 0) {
            last = a;
            smooth = a;
            return 0;
        }
        double step = a - last;
        last = a;
        seen += dt;
        // Plain mean until the averaging time is filled, then exponential.
        double w = dt / Math.max(Math.min(seen, NOISE_SECONDS), dt);
        meanSquareStep += (step * step - meanSquareStep) * w;
        double k = Math.min(1.0, dt / SMOOTHING_SECONDS);
        smooth += (a - smooth) * k;
        // White noise of deviation s has steps of deviation s * sqrt 2; the smoothing keeps sqrt(k / (2 - k)) of it.
        noise = Math.sqrt(meanSquareStep / 2 * k / (2 - k));
        return Math.max(0, Math.abs(smooth) - FLOOR_SIGMAS * noise);
    }

    /** The smoothed acceleration, m/s^2. */
    double smoothed() {
        return smooth;
    }

    /** Standard deviation of the smoothed acceleration that noise alone gives, m/s^2 (0 until measured). */
    double noise() {
        return noise;
    }

    /** Starts again after a gap: nothing smoothed across it, the noise level kept. */
    void restart() {
        last = Double.NaN;
    }
}
