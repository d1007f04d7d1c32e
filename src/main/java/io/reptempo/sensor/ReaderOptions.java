package io.reptempo.sensor;

import java.util.Locale;
import java.util.Objects;

/**
 * Units the recording was written in; the reader converts everything to seconds, m/s^2 and rad/s.
 *
 * @param accelUnits units of the ax, ay, az columns
 * @param gyroUnits  units of the gx, gy, gz columns
 * @param timeUnits  units of the t column
 */
public record ReaderOptions(AccelUnits accelUnits, GyroUnits gyroUnits, TimeUnits timeUnits) {

    /** Standard gravity, the conversion factor from g to m/s^2. */
    public static final double STANDARD_GRAVITY = 9.80665;

    public ReaderOptions {
        Objects.requireNonNull(accelUnits, "accelUnits");
        Objects.requireNonNull(gyroUnits, "gyroUnits");
        Objects.requireNonNull(timeUnits, "timeUnits");
    }

    /** m/s^2, rad/s and seconds: the units of the recording format itself. */
    public static ReaderOptions defaults() {
        return new ReaderOptions(AccelUnits.M_PER_S2, GyroUnits.RAD_PER_S, TimeUnits.S);
    }

    public ReaderOptions withAccelUnits(AccelUnits units) {
        return new ReaderOptions(units, gyroUnits, timeUnits);
    }

    public ReaderOptions withGyroUnits(GyroUnits units) {
        return new ReaderOptions(accelUnits, units, timeUnits);
    }

    public ReaderOptions withTimeUnits(TimeUnits units) {
        return new ReaderOptions(accelUnits, gyroUnits, units);
    }

    /** Units of the acceleration columns. */
    public enum AccelUnits {
        M_PER_S2("m/s2", 1.0),
        G("g", STANDARD_GRAVITY);

        private final String cliName;
        private final double toMetersPerSecond2;

        AccelUnits(String cliName, double toMetersPerSecond2) {
            this.cliName = cliName;
            this.toMetersPerSecond2 = toMetersPerSecond2;
        }

        /** How the user writes these units on the command line, e.g. {@code g}. */
        public String cliName() {
            return cliName;
        }

        /** Factor that turns a value in these units into m/s^2. */
        public double toMetersPerSecond2() {
            return toMetersPerSecond2;
        }

        /** Parses {@code g} or {@code m/s2} (also {@code m/s^2}, {@code mps2}), case-insensitively. */
        public static AccelUnits fromCliName(String name) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            switch (n) {
                case "g":
                    return G;
                case "m/s2":
                case "m/s^2":
                case "mps2":
                case "m_per_s2":
                    return M_PER_S2;
                default:
                    throw new IllegalArgumentException("unknown acceleration units '" + name + "' (use g or m/s2)");
            }
        }
    }

    /** Units of the angular rate columns. */
    public enum GyroUnits {
        RAD_PER_S("rad/s", 1.0),
        DEG_PER_S("deg/s", Math.PI / 180.0);

        private final String cliName;
        private final double toRadiansPerSecond;

        GyroUnits(String cliName, double toRadiansPerSecond) {
            this.cliName = cliName;
            this.toRadiansPerSecond = toRadiansPerSecond;
        }

        public String cliName() {
            return cliName;
        }

        /** Factor that turns a value in these units into rad/s. */
        public double toRadiansPerSecond() {
            return toRadiansPerSecond;
        }

        /** Parses {@code rad/s} or {@code deg/s} (also {@code dps}), case-insensitively. */
        public static GyroUnits fromCliName(String name) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            switch (n) {
                case "rad/s":
                case "rads":
                case "rad_per_s":
                    return RAD_PER_S;
                case "deg/s":
                case "dps":
                case "deg_per_s":
                    return DEG_PER_S;
                default:
                    throw new IllegalArgumentException("unknown angular rate units '" + name + "' (use rad/s or deg/s)");
            }
        }
    }

    /** Units of the time column. */
    public enum TimeUnits {
        S("s", 1.0),
        MS("ms", 1e3),
        US("us", 1e6);

        private final String cliName;
        private final double perSecond;

        TimeUnits(String cliName, double perSecond) {
            this.cliName = cliName;
            this.perSecond = perSecond;
        }

        public String cliName() {
            return cliName;
        }

        /**
         * How many of these units make one second. The reader divides by it rather than multiplying by
         * the inverse because division is correctly rounded: 12004 ms becomes exactly the double nearest 12.004 s.
         */
        public double perSecond() {
            return perSecond;
        }

        /** Parses {@code s}, {@code ms} or {@code us} (also {@code µs}), case-insensitively. */
        public static TimeUnits fromCliName(String name) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            switch (n) {
                case "s":
                    return S;
                case "ms":
                    return MS;
                case "us":
                case "µs":
                    return US;
                default:
                    throw new IllegalArgumentException("unknown time units '" + name + "' (use s, ms or us)");
            }
        }
    }
}
