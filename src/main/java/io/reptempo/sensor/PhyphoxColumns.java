package io.reptempo.sensor;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a phyphox export keeps time, acceleration and angular rate: {@code "Time (s)"},
 * {@code "Acceleration x (m/s^2)"}..., {@code "Gyroscope x (rad/s)"}..., and whether it is the "Linear
 * Acceleration" experiment instead (gravity removed). Column indices are -1 when absent.
 *
 * @param time   the time column
 * @param accel  x, y, z columns of "Acceleration with g"
 * @param linear x, y, z columns of "Linear Acceleration"
 * @param gyro   x, y, z columns of the gyroscope
 */
record PhyphoxColumns(int time, int[] accel, int[] linear, int[] gyro) {

    private static final Pattern ACCEL = Pattern.compile("^acceleration ([xyz])\\b");
    private static final Pattern LINEAR = Pattern.compile("^linear acceleration ([xyz])\\b");
    private static final Pattern GYRO = Pattern.compile("^gyroscope ([xyz])\\b");

    /**
     * phyphox names its first column {@code Time (s)} and every column with its unit in parentheses; other CSVs
     * rarely do both.
     */
    static boolean looksLike(List<String> names) {
        if (names.size() < 2 || !lower(names.get(0)).startsWith("time (")) {
            return false;
        }
        for (String name : names) {
            if (!name.endsWith(")") || name.indexOf('(') < 0) {
                return false;
            }
        }
        return true;
    }

    static PhyphoxColumns of(List<String> names) {
        return new PhyphoxColumns(0, axes(names, ACCEL), axes(names, LINEAR), axes(names, GYRO));
    }

    static boolean complete(int[] axes) {
        return axes[0] >= 0 && axes[1] >= 0 && axes[2] >= 0;
    }

    static boolean any(int[] axes) {
        return axes[0] >= 0 || axes[1] >= 0 || axes[2] >= 0;
    }

    private static int[] axes(List<String> names, Pattern pattern) {
        int[] found = {-1, -1, -1};
        for (int i = 0; i < names.size(); i++) {
            Matcher m = pattern.matcher(lower(names.get(i)));
            if (m.find()) {
                int axis = m.group(1).charAt(0) - 'x';
                if (found[axis] < 0) {
                    found[axis] = i;
                }
            }
        }
        return found;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
