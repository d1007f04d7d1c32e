package io.reptempo.signal;

/**
 * First-order low-pass filter on an irregularly sampled signal; the gain follows each
 * sample's own time step, so it behaves the same at 12.5 Hz and at 1 kHz.
 */
public final class LowPassFilter {
    private final double timeConstantSeconds;
    private double state;
    private boolean primed;

    /** @param cutoffHz -3 dB frequency */
    public LowPassFilter(double cutoffHz) {
        this.timeConstantSeconds = 1.0 / (2 * Math.PI * cutoffHz);
    }

    /** Filters one value taken {@code dtSeconds} after the previous one. */
    public double apply(double x, double dtSeconds) {
        if (!primed) {
            state = x;
            primed = true;
            return state;
        }
        double alpha = dtSeconds / (timeConstantSeconds + dtSeconds);
        state += alpha * (x - state);
        return state;
    }

    public double value() {
        return state;
    }

    public void reset(double x) {
        state = x;
        primed = true;
    }
}
