package io.reptempo.reps;

import java.util.Locale;

/**
 * A target tempo such as {@code 4-1-2-0}: seconds of eccentric, pause, concentric, pause.
 * An {@code X} means "as fast as possible" and is stored as NaN.
 */
public record TempoPrescription(double eccentricS, double pauseAfterEccentricS,
                                double concentricS, double pauseAfterConcentricS) {

    /** Parses {@code 4-1-2-0}, {@code 3-0-X-1}, {@code 3.5-1-1-0}. */
    public static TempoPrescription parse(String text) {
        String[] parts = text.trim().split("-");
        if (parts.length != 4) {
            throw new IllegalArgumentException("a tempo has four parts, like 4-1-2-0 (eccentric, pause, "
                    + "concentric, pause in seconds); got '" + text + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i].trim();
            if (p.equalsIgnoreCase("x")) {
                v[i] = Double.NaN;
                continue;
            }
            try {
                v[i] = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + p + "' in tempo '" + text
                        + "' is not a number of seconds or X");
            }
            if (v[i] < 0 || v[i] > 60) {
                throw new IllegalArgumentException("tempo part '" + p + "' must be 0 to 60 seconds");
            }
        }
        return new TempoPrescription(v[0], v[1], v[2], v[3]);
    }

    /** Target seconds of a phase; NaN means as fast as possible. */
    public double target(PhaseKind kind) {
        return switch (kind) {
            case ECCENTRIC -> eccentricS;
            case PAUSE_AFTER_ECCENTRIC -> pauseAfterEccentricS;
            case CONCENTRIC -> concentricS;
            case PAUSE_AFTER_CONCENTRIC -> pauseAfterConcentricS;
        };
    }

    @Override
    public String toString() {
        return part(eccentricS) + "-" + part(pauseAfterEccentricS) + "-" + part(concentricS) + "-"
                + part(pauseAfterConcentricS);
    }

    /** Seconds as a short label: 4, 2.5. */
    public static String formatSeconds(double v) {
        return part(v);
    }

    private static String part(double v) {
        if (Double.isNaN(v)) {
            return "X";
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
