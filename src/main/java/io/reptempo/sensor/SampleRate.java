package io.reptempo.sensor;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** Sample rates: measured from timestamps, and written for people without floating-point noise. */
final class SampleRate {

    /** Rows looked at to measure the rate when a file is opened; enough for a steady median, few enough to be free. */
    static final int PEEK_ROWS = 200;
    private static final MathContext DISPLAY_DIGITS = new MathContext(4);

    private SampleRate() {
    }

    /** The rate of a column file, from the time column (first of {@code columns}) of its first rows. */
    static OptionalDouble peek(Path file, FormatDetector.Detection d, int[] columns, double perSecond)
            throws IOException {
        double[] times = new double[PEEK_ROWS];
        int n = 0;
        try (ColumnRows rows = ColumnRows.open(file, d.dialect(), d.headerLine(), columns, d.names(),
                (line, reason, what) -> { })) {
            while (n < times.length && rows.next()) {
                times[n++] = rows.value(0);
            }
        }
        return fromTimes(times, n, perSecond);
    }

    /**
     * The rate from the median interval of increasing timestamps, so a dropout or two does not skew it.
     *
     * @param perSecond how many time units make a second (1000 for milliseconds)
     */
    static OptionalDouble fromTimes(double[] times, int n, double perSecond) {
        if (n < 2) {
            return OptionalDouble.empty();
        }
        double[] intervals = new double[n - 1];
        for (int i = 1; i < n; i++) {
            intervals[i - 1] = times[i] - times[i - 1];
        }
        Arrays.sort(intervals);
        int m = intervals.length;
        double median = m % 2 == 1 ? intervals[m / 2] : 0.5 * (intervals[m / 2 - 1] + intervals[m / 2]);
        return median > 0 ? OptionalDouble.of(perSecond / median) : OptionalDouble.empty();
    }

    /** A rate as people write it: 12.5, 25, 99.98 (four significant digits at most). */
    static String text(double hz) {
        return new BigDecimal(hz).round(DISPLAY_DIGITS).stripTrailingZeros().toPlainString();
    }
}
