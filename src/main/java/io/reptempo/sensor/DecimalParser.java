package io.reptempo.sensor;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Parses one numeric field straight from a char buffer. Plain decimals such as {@code -12.345} take an exact
 * fast path; everything else (exponents, long mantissas, NaN, Infinity) goes to FastDoubleParser.
 */
final class DecimalParser {

    /** 2^53: every integer up to here is exactly a double. */
    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    /** 10^0 .. 10^22 are exact doubles, so dividing by one of them rounds correctly (Clinger's fast path). */
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1.0;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10.0;
        }
    }

    private DecimalParser() {
    }

    /**
     * Parses {@code buf[from, to)}; surrounding blanks must already be trimmed.
     *
     * @throws NumberFormatException when the text is not a number
     */
    static double parse(char[] buf, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to) {
            char c = buf[i];
            if (c == '-') {
                negative = true;
                i++;
            } else if (c == '+') {
                i++;
            }
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        while (i < to) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            mantissa = mantissa * 10 + d;
            digits++;
            i++;
        }
        if (i < to && buf[i] == '.') {
            i++;
            while (i < to) {
                int d = buf[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                mantissa = mantissa * 10 + d;
                digits++;
                fractionDigits++;
                i++;
            }
        }
        // 18 digits cannot overflow a long; the mantissa bound and power table keep the division exact-rounded.
        if (i == to && digits > 0 && digits <= 18 && mantissa <= MAX_EXACT_MANTISSA
                && fractionDigits < POWERS_OF_TEN.length) {
            double value = fractionDigits == 0 ? (double) mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
            return negative ? -value : value;
        }
        return JavaDoubleParser.parseDouble(buf, from, to - from);
    }
}
