package io.reptempo.motion;

/**
 * The time one rep takes, from the autocorrelation of the vertical acceleration over the last
 * few reps: lifting repeats itself, so the first strong repeat is a rep's length. Works on the
 * signal resampled to a fixed grid so the cost does not grow with the sample rate.
 */
final class RepPeriodEstimator {
    static final double GRID_SECONDS = 0.05;
    static final double HISTORY_SECONDS = 24.0;
    static final double MIN_PERIOD_SECONDS = 1.0;
    static final double MAX_PERIOD_SECONDS = 10.0;
    /** Until this much signal is seen, and whenever nothing repeats, assume a typical rep. */
    static final double DEFAULT_PERIOD_SECONDS = 2.5;
    static final double UPDATE_SECONDS = 1.0;
    /** A repeat must correlate at least this well to count. */
    static final double MIN_CORRELATION = 0.2;
    /** A later repeat replaces an earlier one only when clearly stronger (a half-rep echo is weaker). */
    static final double STRONGER_BY = 1.15;
    /** A repeat this strong is taken at once. */
    static final double CLEAR_CORRELATION = 0.5;

    private final int capacity = (int) Math.round(HISTORY_SECONDS / GRID_SECONDS);
    private final double[] ring = new double[capacity];
    private int count;
    private double gridT = Double.NaN;
    private double lastT;
    private double lastX;
    private double sinceUpdate;
    private double period = DEFAULT_PERIOD_SECONDS;
    private boolean found;     // the latest look found a repeat
    private boolean settled;

    /** Signal needed before the period is trusted: a few reps of the quick kind. */
    static final double SETTLED_SECONDS = 8.0;

    /**
     * True once the period can be trusted: at least {@link #SETTLED_SECONDS} seen and the latest
     * look found a repeat (slow reps with pauses take two whole reps to show one), or, failing a
     * repeat, twice the longest period seen. Stays true from then on.
     */
    boolean settled() {
        double seen = count * GRID_SECONDS;
        settled |= seen >= SETTLED_SECONDS && (found || seen >= 2 * MAX_PERIOD_SECONDS);
        return settled;
    }

    double periodSeconds() {
        return period;
    }

    /** After a gap: the grid starts again at the next sample (nothing is interpolated across). */
    void restartGrid() {
        gridT = Double.NaN;
    }

    void push(double t, double x) {
        if (Double.isNaN(gridT)) {
            gridT = t;
            add(x);
        } else {
            // Linear interpolation onto the grid points passed since the last sample.
            while (gridT + GRID_SECONDS <= t) {
                gridT += GRID_SECONDS;
                double f = (gridT - lastT) / (t - lastT);
                add(lastX + f * (x - lastX));
            }
        }
        lastT = t;
        lastX = x;
    }

    private void add(double x) {
        ring[count % capacity] = x;
        count++;
        sinceUpdate += GRID_SECONDS;
        if (sinceUpdate >= UPDATE_SECONDS) {
            sinceUpdate = 0;
            update();
        }
    }

    private void update() {
        int n = Math.min(count, capacity);
        int minLag = (int) Math.round(MIN_PERIOD_SECONDS / GRID_SECONDS);
        int maxLag = Math.min((int) Math.round(MAX_PERIOD_SECONDS / GRID_SECONDS), n / 2);
        if (maxLag <= minLag + 2) {
            return;
        }
        double[] x = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            x[i] = ring[(count - n + i) % capacity];
            mean += x[i];
        }
        mean /= n;
        double zero = 0;
        for (int i = 0; i < n; i++) {
            x[i] -= mean;
            zero += x[i] * x[i];
        }
        zero /= n;
        if (zero <= 0) {
            return;
        }
        double[] ac = new double[maxLag + 2];
        for (int lag = minLag; lag <= maxLag + 1 && lag < n; lag++) {
            double s = 0;
            for (int i = lag; i < n; i++) {
                s += x[i] * x[i - lag];
            }
            ac[lag] = s / (n - lag) / zero;
        }
        int best = -1;
        for (int lag = minLag + 1; lag <= maxLag; lag++) {
            boolean localMax = ac[lag] >= ac[lag - 1] && ac[lag] >= ac[lag + 1];
            if (!localMax || ac[lag] < MIN_CORRELATION) {
                continue;
            }
            if (best < 0 || ac[lag] > ac[best] * STRONGER_BY) {
                best = lag;
            }
            if (ac[best] > CLEAR_CORRELATION) {
                break;
            }
        }
        found = best > 0;
        if (best > 0) {
            period = best * GRID_SECONDS;
        }
    }
}
