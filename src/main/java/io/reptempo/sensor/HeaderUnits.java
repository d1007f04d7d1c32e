package io.reptempo.sensor;

import java.util.Locale;
import java.util.OptionalDouble;

/** Units written in column names, like {@code x-axis (g)} or {@code Gyroscope x (rad/s)}, as factors to SI. */
final class HeaderUnits {

    private HeaderUnits() {
    }

    /** The text inside the last parentheses of a column name, trimmed; empty when there are none. */
    static String unitOf(String name) {
        int close = name.lastIndexOf(')');
        int open = close < 0 ? -1 : name.lastIndexOf('(', close);
        return open < 0 ? "" : name.substring(open + 1, close).strip();
    }

    /** Factor to m/s^2 for an acceleration unit ({@code g}, {@code m/s^2}), or empty when it is not one. */
    static OptionalDouble accelToSi(String unit) {
        switch (normalise(unit)) {
            case "g":
                return OptionalDouble.of(ReaderOptions.STANDARD_GRAVITY);
            case "m/s^2":
            case "m/s2":
            case "m/s²":
            case "m s^-2":
                return OptionalDouble.of(1.0);
            default:
                return OptionalDouble.empty();
        }
    }

    /** Factor to rad/s for an angular rate unit ({@code deg/s}, {@code rad/s}), or empty when it is not one. */
    static OptionalDouble gyroToSi(String unit) {
        switch (normalise(unit)) {
            case "deg/s":
            case "°/s":
            case "dps":
                return OptionalDouble.of(ReaderOptions.GyroUnits.DEG_PER_S.toRadiansPerSecond());
            case "rad/s":
                return OptionalDouble.of(1.0);
            default:
                return OptionalDouble.empty();
        }
    }

    /** How many of a time unit ({@code s}, {@code ms}, {@code us}) make a second, or empty when it is not one. */
    static OptionalDouble timePerSecond(String unit) {
        switch (normalise(unit)) {
            case "s":
                return OptionalDouble.of(1.0);
            case "ms":
                return OptionalDouble.of(1e3);
            case "us":
            case "µs":
                return OptionalDouble.of(1e6);
            default:
                return OptionalDouble.empty();
        }
    }

    private static String normalise(String unit) {
        return unit.strip().toLowerCase(Locale.ROOT);
    }
}
