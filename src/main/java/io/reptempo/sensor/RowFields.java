package io.reptempo.sensor;

import java.util.Arrays;

/**
 * Splits one line of a delimited file into fields without copying it, and parses fields as numbers. Blanks
 * and surrounding double quotes are trimmed from every field; a separator inside quotes does not split.
 */
final class RowFields {

    private static final int MAX_QUOTED_CHARS = 40;

    private final char separator;
    private final boolean decimalComma;
    private char[] buf;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;
    private char[] scratch = new char[64];

    RowFields(CsvDialect dialect) {
        this.separator = dialect.separator();
        this.decimalComma = dialect.decimalComma();
    }

    /** Splits {@code b[0, length)}; the buffer must stay unchanged while fields are read. */
    void split(char[] b, int length) {
        buf = b;
        count = 0;
        int fieldStart = 0;
        boolean quoted = false;
        for (int i = 0; ; i++) {
            if (i == length || (b[i] == separator && !quoted)) {
                add(fieldStart, i);
                if (i == length) {
                    return;
                }
                fieldStart = i + 1;
            } else if (b[i] == '"') {
                quoted = !quoted;
            }
        }
    }

    private void add(int from, int to) {
        char[] b = buf;
        while (from < to && b[from] <= ' ') {
            from++;
        }
        while (to > from && b[to - 1] <= ' ') {
            to--;
        }
        if (to - from >= 2 && b[from] == '"' && b[to - 1] == '"') {
            from++;
            to--;
            while (from < to && b[from] <= ' ') {
                from++;
            }
            while (to > from && b[to - 1] <= ' ') {
                to--;
            }
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = from;
        ends[count] = to;
        count++;
    }

    int count() {
        return count;
    }

    boolean isEmpty(int field) {
        return starts[field] == ends[field];
    }

    /**
     * The field as a number (it may be NaN or infinite; callers decide).
     *
     * @throws NumberFormatException when it is not a number
     */
    double number(int field) {
        int from = starts[field];
        int to = ends[field];
        if (decimalComma) {
            int n = to - from;
            for (int i = from; i < to; i++) {
                if (buf[i] == ',') {
                    if (n > scratch.length) {
                        scratch = new char[n];
                    }
                    for (int k = 0; k < n; k++) {
                        char c = buf[from + k];
                        scratch[k] = c == ',' ? '.' : c;
                    }
                    return DecimalParser.parse(scratch, 0, n);
                }
            }
        }
        return DecimalParser.parse(buf, from, to);
    }

    /** The field as written, trimmed and unquoted. */
    String text(int field) {
        return new String(buf, starts[field], ends[field] - starts[field]);
    }

    /** The field in quotes for a message, shortened when long. */
    String quoted(int field) {
        String t = text(field);
        return '"' + (t.length() > MAX_QUOTED_CHARS ? t.substring(0, MAX_QUOTED_CHARS) + "..." : t) + '"';
    }
}
