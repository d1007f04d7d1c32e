package io.reptempo.accuracy;

import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import java.util.Arrays;

/**
 * How many rep lengths a recording holds, read from the autocorrelation of its raw acceleration
 * and nothing the engine computes: a check on a label that asks for more reps than the recording
 * has time for (a recording stopped early, or a Bluetooth gap that swallowed a rep).
 */
public final class RepLengthMeter implements SampleSink {
    /** Shortest and longest rep length looked for. */
    static final double MIN_PERIOD_S = 1.0;
    static final double MAX_PERIOD_S = 6.0;
    /** The repeat must explain at least this share of the signal's variance to count as one. */
    static final double MIN_CORRELATION = 0.2;
    /** Data missing for longer than this is a gap: it holds no reps. */
    static final double GAP_S = 1.0;
    /** A rep length is found to a few hundredths of a second; 50 Hz is plenty for that. */
    static final double MIN_STEP_S = 0.02;

    private double[] t = new double[1024];
    private double[][] a = {new double[1024], new double[1024], new double[1024]};
    private int n;

    @Override
    public void accept(Sample s) {
        if (n == t.length) {
            t = Arrays.copyOf(t, 2 * n);
            for (int k = 0; k < 3; k++) {
                a[k] = Arrays.copyOf(a[k], 2 * n);
            }
        }
        t[n] = s.t();
        a[0][n] = s.ax();
        a[1][n] = s.ay();
        a[2][n] = s.az();
        n++;
    }

    /** The time the recording covers, gaps left out. */
    public double recordedS() {
        double sum = 0;
        for (int i = 1; i < n; i++) {
            double dt = t[i] - t[i - 1];
            if (dt <= GAP_S) {
                sum += dt;
            }
        }
        return sum;
    }

    /** The length of one rep: the first clear repeat of the acceleration, or NaN when there is none. */
    public double periodS() {
        if (n < 3) {
            return Double.NaN;
        }
        double[] gaps = new double[n - 1];
        for (int i = 1; i < n; i++) {
            gaps[i - 1] = t[i] - t[i - 1];
        }
        Arrays.sort(gaps);
        double step = Math.max(gaps[gaps.length / 2], MIN_STEP_S);
        int m = (int) ((t[n - 1] - t[0]) / step) + 1;
        int maxLag = Math.min(m - 2, (int) Math.ceil(MAX_PERIOD_S / step));
        int minLag = (int) Math.ceil(MIN_PERIOD_S / step);
        if (maxLag <= minLag) {
            return Double.NaN;
        }
        double[] corr = new double[maxLag + 2];
        for (double[] axis : a) {
            double[] x = resample(axis, step, m);
            double mean = Arrays.stream(x).average().orElse(0);
            for (int i = 0; i < m; i++) {
                x[i] -= mean;
            }
            for (int lag = 0; lag <= maxLag + 1 && lag < m; lag++) {
                double c = 0;
                for (int i = 0; i + lag < m; i++) {
                    c += x[i] * x[i + lag];
                }
                corr[lag] += c;
            }
        }
        if (corr[0] <= 0) {
            return Double.NaN;
        }
        for (int lag = minLag; lag <= maxLag; lag++) {
            double c = corr[lag] / corr[0];
            if (c >= MIN_CORRELATION && corr[lag] > corr[lag - 1] && corr[lag] >= corr[lag + 1]) {
                return lag * step;
            }
        }
        return Double.NaN;
    }

    /** The recorded time in rep lengths (NaN when no rep length was found). */
    public double repLengths() {
        return recordedS() / periodS();
    }

    /** Linear interpolation onto a uniform grid from the first sample (gaps are bridged: only for the period). */
    private double[] resample(double[] values, double step, int m) {
        double[] out = new double[m];
        int j = 0;
        for (int i = 0; i < m; i++) {
            double time = t[0] + i * step;
            while (j < n - 2 && t[j + 1] < time) {
                j++;
            }
            double span = t[j + 1] - t[j];
            double f = span > 0 ? Math.min(1, Math.max(0, (time - t[j]) / span)) : 0;
            out[i] = values[j] + f * (values[j + 1] - values[j]);
        }
        return out;
    }
}
