package io.reptempo.window;

/**
 * A plot's value range rounded out to readable tick steps (1, 2, 2.5 or 5 times a power of ten),
 * so the axes of a rolling trace stay put while the values inside move a little.
 *
 * @param lo   bottom of the axis
 * @param hi   top of the axis
 * @param step distance between ticks
 */
public record AxisRange(double lo, double hi, double step) {
    /** About this many ticks on an axis: enough to read a value, few enough for large labels. */
    static final int TICKS = 4;

    /** The range holding {@code min} to {@code max}, at least {@code minSpan} wide. */
    public static AxisRange around(double min, double max, double minSpan) {
        if (!(min <= max)) {
            min = -minSpan / 2;
            max = minSpan / 2;
        }
        if (max - min < minSpan) {
            double mid = (min + max) / 2;
            min = mid - minSpan / 2;
            max = mid + minSpan / 2;
        }
        double step = niceStep((max - min) / TICKS);
        return new AxisRange(Math.floor(min / step) * step, Math.ceil(max / step) * step, step);
    }

    /** A range centred on zero that holds {@code maxAbs}: velocity up and down on the same scale. */
    public static AxisRange symmetric(double maxAbs, double minHalfSpan) {
        double half = Math.max(maxAbs, minHalfSpan);
        double step = niceStep(2 * half / TICKS);
        double top = Math.ceil(half / step) * step;
        return new AxisRange(-top, top, step);
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten not below {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= raw * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    public double span() {
        return hi - lo;
    }
}
