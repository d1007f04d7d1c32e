package io.reptempo.sensor;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The header of a MetaWear (MetaBase app) CSV export, e.g.
 * {@code epoch (ms),time (01:00),elapsed (s),x-axis (g),y-axis (g),z-axis (g)}: where the epoch and the three
 * axes are, which sensor the units say it is, and the time zone of the {@code time} column. Columns are found by
 * prefix because the {@code time} column's name changes with the time zone of the phone that exported it.
 *
 * @param sensor   what the axis units say the file holds
 * @param unit     the axis unit as written, e.g. {@code g}
 * @param toSi     factor from that unit to m/s^2 or rad/s (NaN for another sensor)
 * @param epoch    column of {@code epoch (ms)}
 * @param x        column of {@code x-axis}
 * @param y        column of {@code y-axis}
 * @param z        column of {@code z-axis}
 * @param offset   the UTC offset named by the {@code time} column, or null when it names none
 * @param names    every column name, as written
 */
record MetaWearHeader(Sensor sensor, String unit, double toSi, int epoch, int x, int y, int z, ZoneOffset offset,
        List<String> names) {

    /** The sensor a MetaWear export comes from. */
    enum Sensor { ACCELEROMETER, GYROSCOPE, OTHER }

    /** How the two headers look, for messages. */
    static final String ACCELEROMETER_EXAMPLE = "epoch (ms),time (01:00),elapsed (s),x-axis (g),y-axis (g),z-axis (g)";
    static final String GYROSCOPE_EXAMPLE =
            "epoch (ms),time (01:00),elapsed (s),x-axis (deg/s),y-axis (deg/s),z-axis (deg/s)";

    MetaWearHeader {
        names = List.copyOf(names);
    }

    /** An epoch column first, an elapsed column and x/y/z-axis columns: the shape of every MetaBase export. */
    static boolean looksLike(List<String> names) {
        return !names.isEmpty() && lower(names.get(0)).startsWith("epoch") && find(names, "elapsed") >= 0
                && find(names, "x-axis") >= 0 && find(names, "y-axis") >= 0 && find(names, "z-axis") >= 0;
    }

    /** Reads a header that {@link #looksLike} a MetaWear export. */
    static MetaWearHeader of(List<String> names) {
        int x = find(names, "x-axis");
        String unit = HeaderUnits.unitOf(names.get(x));
        OptionalDouble accel = HeaderUnits.accelToSi(unit);
        OptionalDouble gyro = HeaderUnits.gyroToSi(unit);
        Sensor sensor = accel.isPresent() ? Sensor.ACCELEROMETER : gyro.isPresent() ? Sensor.GYROSCOPE : Sensor.OTHER;
        double toSi = accel.isPresent() ? accel.getAsDouble() : gyro.isPresent() ? gyro.getAsDouble() : Double.NaN;
        int time = find(names, "time");
        ZoneOffset offset = time < 0 ? null : offset(HeaderUnits.unitOf(names.get(time)));
        return new MetaWearHeader(sensor, unit, toSi, 0, x, find(names, "y-axis"), find(names, "z-axis"), offset,
                names);
    }

    /** The columns read, epoch first. */
    int[] columns() {
        return new int[] {epoch, x, y, z};
    }

    private static ZoneOffset offset(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String t = text.startsWith("+") || text.startsWith("-") ? text : "+" + text;
        try {
            return ZoneOffset.of(t);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int find(List<String> names, String prefix) {
        for (int i = 0; i < names.size(); i++) {
            if (lower(names.get(i)).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
