package io.reptempo.sensor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Catches acceleration given in the wrong units before it reaches the engine: a sensor at rest (or lifting)
 * reads about 1 g, so a median magnitude near 1.0 means g and one near 9.8 means m/s^2.
 */
final class UnitsCheck {

    /** How many samples the check wants; it also settles after {@link #ENOUGH_SECONDS}. */
    static final int ENOUGH_SAMPLES = 50;
    static final double ENOUGH_SECONDS = 0.5;

    private static final double LOW = 0.5;
    private static final double HIGH = 1.5;

    private UnitsCheck() {
    }

    /**
     * Looks at converted samples and returns a message for the user when their units look wrong, else null.
     */
    static String problem(List<Sample> samples, ReaderOptions.AccelUnits units) {
        if (samples.isEmpty()) {
            return null;
        }
        double[] magnitudes = new double[samples.size()];
        for (int i = 0; i < magnitudes.length; i++) {
            magnitudes[i] = samples.get(i).accelNorm();
        }
        Arrays.sort(magnitudes);
        int n = magnitudes.length;
        double medianSi = n % 2 == 1 ? magnitudes[n / 2] : 0.5 * (magnitudes[n / 2 - 1] + magnitudes[n / 2]);
        // Compare what the file says, before conversion, with 1 g expressed in each unit.
        double asWritten = medianSi / units.toMetersPerSecond2();
        if (units == ReaderOptions.AccelUnits.M_PER_S2 && asWritten >= LOW && asWritten <= HIGH) {
            return String.format(Locale.ROOT,
                    "The acceleration looks like it is in g (a still sensor reads about 1.0, not 9.8; "
                            + "this recording's typical magnitude is %.2f). Run again with --units %s.",
                    asWritten, ReaderOptions.AccelUnits.G.cliName());
        }
        double g = ReaderOptions.STANDARD_GRAVITY;
        if (units == ReaderOptions.AccelUnits.G && asWritten >= LOW * g && asWritten <= HIGH * g) {
            return String.format(Locale.ROOT,
                    "The acceleration looks like it is in m/s^2 (a still sensor reads about 9.8, not 1.0; "
                            + "this recording's typical magnitude is %.2f), but the reader was told it is in g. "
                            + "Run again with --units %s.",
                    asWritten, ReaderOptions.AccelUnits.M_PER_S2.cliName());
        }
        return null;
    }
}
