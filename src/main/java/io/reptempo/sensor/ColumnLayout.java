package io.reptempo.sensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Which column of a header row holds t, ax, ay, az and the optional gx, gy, gz. */
final class ColumnLayout {

    static final int T = 0;
    static final int AX = 1;
    static final int AY = 2;
    static final int AZ = 3;
    static final int GX = 4;
    static final int GY = 5;
    static final int GZ = 6;
    static final int ROLE_COUNT = 7;
    /** Role of a column the reader does not use. */
    static final int IGNORED = -1;

    private static final String[] ROLE_NAMES = {"t", "ax", "ay", "az", "gx", "gy", "gz"};

    /** What a header should look like, for messages to the user. */
    static final String EXAMPLE = "t,ax,ay,az (add ,gx,gy,gz when there is a gyroscope; any column order works)";

    private final List<String> names;
    private final int[] roleOfColumn;
    private final List<String> unknown;
    private final boolean hasGyro;
    private final String problem;

    private ColumnLayout(List<String> names, int[] roleOfColumn, List<String> unknown, boolean hasGyro,
            String problem) {
        this.names = names;
        this.roleOfColumn = roleOfColumn;
        this.unknown = unknown;
        this.hasGyro = hasGyro;
        this.problem = problem;
    }

    /** Reads a header row; check {@link #problem()} before using the result. */
    static ColumnLayout parse(String line) {
        List<String> names = new ArrayList<>();
        int start = 0;
        while (true) {
            int comma = line.indexOf(',', start);
            names.add(line.substring(start, comma < 0 ? line.length() : comma).strip());
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        int[] roleOfColumn = new int[names.size()];
        int[] columnOfRole = new int[ROLE_COUNT];
        Arrays.fill(columnOfRole, -1);
        List<String> unknown = new ArrayList<>();
        String duplicate = null;
        for (int c = 0; c < names.size(); c++) {
            int role = roleOf(names.get(c));
            roleOfColumn[c] = role;
            if (role == IGNORED) {
                unknown.add(names.get(c));
            } else if (columnOfRole[role] >= 0) {
                duplicate = duplicate == null ? ROLE_NAMES[role] : duplicate;
                roleOfColumn[c] = IGNORED;
            } else {
                columnOfRole[role] = c;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int role = T; role <= AZ; role++) {
            if (columnOfRole[role] < 0) {
                missing.add(ROLE_NAMES[role]);
            }
        }
        List<String> gyroPresent = new ArrayList<>();
        List<String> gyroMissing = new ArrayList<>();
        for (int role = GX; role <= GZ; role++) {
            (columnOfRole[role] >= 0 ? gyroPresent : gyroMissing).add(ROLE_NAMES[role]);
        }
        String problem = null;
        if (!missing.isEmpty()) {
            problem = "is missing the column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing);
        } else if (duplicate != null) {
            problem = "names the column " + duplicate + " more than once";
        } else if (!gyroPresent.isEmpty() && !gyroMissing.isEmpty()) {
            problem = "has " + String.join(", ", gyroPresent) + " but not " + String.join(", ", gyroMissing)
                    + " (the gyroscope columns come as a set)";
        }
        boolean hasGyro = gyroMissing.isEmpty();
        return new ColumnLayout(List.copyOf(names), roleOfColumn, List.copyOf(unknown), hasGyro, problem);
    }

    /**
     * True when some field of the row is a column name. Only asked about rows that failed to parse as
     * numbers, so data rows never pay for it.
     */
    static boolean looksLikeHeader(char[] buf, int from, int to) {
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || buf[i] == ',') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(buf[s])) {
                    s++;
                }
                while (e > s && Character.isWhitespace(buf[e - 1])) {
                    e--;
                }
                if (e - s <= 2 && roleOf(new String(buf, s, e - s)) != IGNORED) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static int roleOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int role = 0; role < ROLE_COUNT; role++) {
            if (ROLE_NAMES[role].equals(n)) {
                return role;
            }
        }
        return IGNORED;
    }

    /** Column names as written, trimmed. */
    List<String> names() {
        return names;
    }

    int columnCount() {
        return roleOfColumn.length;
    }

    /** A copy of the role of each column ({@link #IGNORED} for columns the reader skips). */
    int[] roles() {
        return roleOfColumn.clone();
    }

    List<String> unknownColumns() {
        return unknown;
    }

    boolean hasGyro() {
        return hasGyro;
    }

    /** Why the header is unusable, phrased to follow "The header row ...", or null when it is fine. */
    String problem() {
        return problem;
    }
}
