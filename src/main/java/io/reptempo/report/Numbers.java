package io.reptempo.report;

/** Rounding for exported figures: enough digits for the measurement, no float noise. */
final class Numbers {
    private Numbers() {
    }

    static Double round(Double v, int decimals) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }
}
