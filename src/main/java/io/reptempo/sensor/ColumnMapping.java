package io.reptempo.sensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which columns of an arbitrary CSV hold t, ax, ay, az and optionally gx, gy, gz, as given by
 * {@code --columns t=time,ax=accX,ay=accY,az=accZ}. Names are matched case-insensitively; gx, gy, gz is null
 * when the mapping has no gyroscope.
 */
public record ColumnMapping(String t, String ax, String ay, String az, String gx, String gy, String gz) {

    private static final List<String> ROLES = List.of("t", "ax", "ay", "az", "gx", "gy", "gz");
    /** How the option is written, for messages. */
    public static final String EXAMPLE = "t=time,ax=accX,ay=accY,az=accZ (add ,gx=...,gy=...,gz=... for a gyroscope)";

    /**
     * Parses {@code role=name} pairs separated by commas.
     *
     * @throws IllegalArgumentException with a message for the user when the mapping is incomplete or malformed
     */
    public static ColumnMapping parse(String text) {
        String[] names = new String[ROLES.size()];
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("'" + p + "' is not role=column; write it like " + EXAMPLE);
            }
            String role = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String name = unquote(p.substring(eq + 1).strip());
            int r = ROLES.indexOf(role);
            if (r < 0) {
                throw new IllegalArgumentException("unknown role '" + role + "' (the roles are "
                        + String.join(", ", ROLES) + ")");
            }
            if (name.isEmpty()) {
                throw new IllegalArgumentException(role + "= names no column");
            }
            if (names[r] != null) {
                throw new IllegalArgumentException(role + " is mapped twice");
            }
            names[r] = name;
        }
        List<String> missing = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            if (names[r] == null) {
                missing.add(ROLES.get(r));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing " + String.join(", ", missing) + "; write it like " + EXAMPLE);
        }
        long gyro = Arrays.stream(names, 4, 7).filter(n -> n != null).count();
        if (gyro != 0 && gyro != 3) {
            throw new IllegalArgumentException("give all of gx, gy, gz or none of them");
        }
        return new ColumnMapping(names[0], names[1], names[2], names[3], names[4], names[5], names[6]);
    }

    public boolean hasGyro() {
        return gx != null;
    }

    /** Role names in order: t, ax, ay, az, then gx, gy, gz when mapped. */
    List<String> roles() {
        return ROLES.subList(0, hasGyro() ? 7 : 4);
    }

    /** Column names in the order of {@link #roles()}. */
    List<String> columns() {
        return hasGyro() ? List.of(t, ax, ay, az, gx, gy, gz) : List.of(t, ax, ay, az);
    }

    /** As the user would write it: {@code t=time,ax=accX,...}. */
    public String text() {
        List<String> parts = new ArrayList<>();
        List<String> columns = columns();
        for (int r = 0; r < columns.size(); r++) {
            parts.add(ROLES.get(r) + "=" + columns.get(r));
        }
        return String.join(",", parts);
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).strip();
        }
        return name;
    }
}
