package io.reptempo.live;

import java.util.Locale;
import java.util.Objects;

/**
 * What a binary-mode sensor says about itself in its hello frame (type 0x01, 48 bytes, magic {@code REPT}),
 * sent when binary mode starts and every second: the settings that turn the raw counts of the sample frames
 * into SI units, and the device time when it was sent (so a host can unwrap time and recognise a restart).
 * See firmware-notes/PROTOCOL.md, section 4.2.
 *
 * @param version      protocol version, {@link #VERSION}
 * @param hasGyro      flags bit 0: sample frames carry gx, gy, gz (type 0x03)
 * @param rateHz       nominal sample rate
 * @param accelRangeG  accelerometer full scale: 2, 4, 8, 16 or 32 g
 * @param gyroRangeDps gyroscope full scale, 125..2000 deg/s; 0 without a gyroscope
 * @param accelSensNg  accelerometer sensitivity in 1e-9 g per count; 0 means range / 32768
 * @param gyroSensNdps gyroscope sensitivity in 1e-9 deg/s per count; 0 means range / 32768
 * @param tUs          device time when the hello was sent, microseconds (u32)
 * @param tWraps       how often tUs has wrapped since start-up
 * @param chip         sensor chip name, ASCII, at most 16 characters (may be empty)
 */
public record Hello(int version, boolean hasGyro, int rateHz, int accelRangeG, int gyroRangeDps, long accelSensNg,
                    long gyroSensNdps, long tUs, long tWraps, String chip) {

    /** The protocol version this host speaks. */
    public static final int VERSION = 1;
    /** Longest chip name a hello frame can carry. */
    public static final int MAX_CHIP_CHARS = 16;
    /** Standard gravity: the protocol's conversion factor from g to m/s^2. */
    public static final double STANDARD_GRAVITY = 9.80665;
    private static final double FULL_SCALE_COUNTS = 32768.0;
    private static final double RADIANS_PER_DEGREE = Math.PI / 180.0;
    private static final long U32 = 0xFFFFFFFFL;

    /** Checks that every field fits its place in the frame (u8, u16, u32, short ASCII); not that it makes sense. */
    public Hello {
        Objects.requireNonNull(chip, "chip");
        checkRange("version", version, 0, 0xFF);
        checkRange("rateHz", rateHz, 0, 0xFFFF);
        checkRange("accelRangeG", accelRangeG, 0, 0xFF);
        checkRange("gyroRangeDps", gyroRangeDps, 0, 0xFFFF);
        checkRange("accelSensNg", accelSensNg, 0, U32);
        checkRange("gyroSensNdps", gyroSensNdps, 0, U32);
        checkRange("tUs", tUs, 0, U32);
        checkRange("tWraps", tWraps, 0, U32);
        if (chip.length() > MAX_CHIP_CHARS) {
            throw new IllegalArgumentException("chip name longer than " + MAX_CHIP_CHARS + " characters: " + chip);
        }
        for (int i = 0; i < chip.length(); i++) {
            if (chip.charAt(i) > 0x7E || chip.charAt(i) < 0x20) {
                throw new IllegalArgumentException("chip name must be printable ASCII: " + chip);
            }
        }
    }

    /** A version-1 hello whose counts are range / 32768, sent at device time 0. */
    public static Hello of(int rateHz, int accelRangeG, int gyroRangeDps, boolean hasGyro, String chip) {
        return new Hello(VERSION, hasGyro, rateHz, accelRangeG, hasGyro ? gyroRangeDps : 0, 0, 0, 0, 0, chip);
    }

    /** The same hello sent at another device time (microseconds since start-up, any size). */
    public Hello at(long deviceMicros) {
        return new Hello(version, hasGyro, rateHz, accelRangeG, gyroRangeDps, accelSensNg, gyroSensNdps,
                deviceMicros & U32, deviceMicros >>> 32, chip);
    }

    /** Device time when the hello was sent, microseconds since start-up: tWraps * 2^32 + tUs. */
    public long deviceMicros() {
        return (tWraps << 32) + tUs;
    }

    /** Whether the settings (everything but the time) are those of {@code other}. */
    public boolean sameSettings(Hello other) {
        return other != null && at(0).equals(other.at(0));
    }

    /** Why a host cannot use this hello, or null when it can. */
    public String problem() {
        if (version != VERSION) {
            return "unsupported sensor protocol version " + version + "; this reptempo understands version " + VERSION
                    + " (update reptempo or the sensor firmware)";
        }
        if (accelRangeG != 2 && accelRangeG != 4 && accelRangeG != 8 && accelRangeG != 16 && accelRangeG != 32) {
            return "the sensor announced an accelerometer range of " + accelRangeG + " g (expected 2, 4, 8, 16 or 32)";
        }
        if (hasGyro && gyroSensNdps == 0 && (gyroRangeDps < 125 || gyroRangeDps > 2000)) {
            return "the sensor announced a gyroscope range of " + gyroRangeDps + " deg/s (expected 125 to 2000)";
        }
        if (rateHz == 0) {
            return "the sensor announced a sample rate of 0 Hz";
        }
        return null;
    }

    /** m/s^2 per raw accelerometer count. */
    private double accelScale() {
        return accelSensNg != 0 ? accelSensNg * 1e-9 * STANDARD_GRAVITY
                : accelRangeG / FULL_SCALE_COUNTS * STANDARD_GRAVITY;
    }

    /** rad/s per raw gyroscope count. */
    private double gyroScale() {
        return gyroSensNdps != 0 ? gyroSensNdps * 1e-9 * RADIANS_PER_DEGREE
                : gyroRangeDps / FULL_SCALE_COUNTS * RADIANS_PER_DEGREE;
    }

    /** m/s^2 for a raw accelerometer count: count * accel_sens * 1e-9 * 9.80665, or count * range / 32768 * 9.80665. */
    public double accel(int count) {
        if (accelSensNg != 0) {
            return count * accelSensNg * 1e-9 * STANDARD_GRAVITY;
        }
        return count * (double) accelRangeG / FULL_SCALE_COUNTS * STANDARD_GRAVITY;
    }

    /** rad/s for a raw gyroscope count: count * gyro_sens * 1e-9 * pi / 180, or count * range / 32768 * pi / 180. */
    public double gyro(int count) {
        if (gyroSensNdps != 0) {
            return count * gyroSensNdps * 1e-9 * RADIANS_PER_DEGREE;
        }
        return count * (double) gyroRangeDps / FULL_SCALE_COUNTS * RADIANS_PER_DEGREE;
    }

    /** The nearest raw count for m/s^2, clamped to the 16-bit range (a real sensor saturates the same way). */
    public int accelCount(double mps2) {
        return clampCount(mps2 / accelScale());
    }

    /** The nearest raw count for rad/s, clamped to the 16-bit range. */
    public int gyroCount(double radPerS) {
        return clampCount(radPerS / gyroScale());
    }

    /** For status lines, e.g. "400 Hz, 8 g, gyroscope 1000 deg/s, LSM6DSO". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(rateHz).append(" Hz, ").append(accelRangeG).append(" g");
        sb.append(hasGyro ? String.format(Locale.ROOT, ", gyroscope %d deg/s", gyroRangeDps) : ", no gyroscope");
        if (!chip.isEmpty()) {
            sb.append(", ").append(chip);
        }
        return sb.toString();
    }

    private static int clampCount(double counts) {
        if (Double.isNaN(counts)) {
            return 0;
        }
        return (int) Math.max(-32768, Math.min(32767, Math.rint(counts)));
    }

    private static void checkRange(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ": " + value);
        }
    }
}
