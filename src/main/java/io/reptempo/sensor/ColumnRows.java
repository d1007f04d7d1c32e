package io.reptempo.sensor;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * The data rows of a delimited file after its header, as numbers from the chosen columns. A row with the wrong
 * number of fields, a chosen field that is not a finite number, or a time (the first chosen column) not after
 * the previous good row's is skipped and reported with its line number; blank and {@code #} lines are passed over.
 */
final class ColumnRows implements Closeable {

    /** Where skipped rows are reported. */
    interface Skips {
        void skip(long line, SkipReason reason, String what);
    }

    private final LineReader lines;
    private final RowFields fields;
    private final long headerLine;
    private final int fieldCount;
    private final int[] columns;
    private final List<String> headerNames;
    private final Skips skips;
    private final double[] values;
    private boolean havePrevious;
    private double previousTime;

    private ColumnRows(LineReader lines, CsvDialect dialect, long headerLine, int fieldCount, int[] columns,
            List<String> headerNames, Skips skips) {
        this.lines = lines;
        this.fields = new RowFields(dialect);
        this.headerLine = headerLine;
        this.fieldCount = fieldCount;
        this.columns = columns.clone();
        this.headerNames = List.copyOf(headerNames);
        this.skips = skips;
        this.values = new double[columns.length];
    }

    /**
     * Opens a file positioned after its header row.
     *
     * @param columns     the columns to read; the first is the time, which must increase
     * @param headerNames every column name of the header, for messages
     */
    static ColumnRows open(Path file, CsvDialect dialect, long headerLine, int[] columns, List<String> headerNames,
            Skips skips) throws IOException {
        LineReader lines = LineReader.open(file);
        try {
            while (lines.number() < headerLine && lines.next()) {
                // Lines up to and including the header were read by the detector.
            }
        } catch (IOException | RuntimeException e) {
            lines.close();
            throw e;
        }
        return new ColumnRows(lines, dialect, headerLine, headerNames.size(), columns, headerNames, skips);
    }

    /** Advances to the next good row, reporting the bad ones on the way; false at the end of the file. */
    boolean next() throws IOException {
        while (lines.next()) {
            long line = lines.number();
            if (lines.tooLong()) {
                skips.skip(line, SkipReason.LINE_TOO_LONG,
                        "the line is longer than " + RecordingParser.MAX_LINE_CHARS + " characters");
                continue;
            }
            if (lines.isBlank() || lines.isComment()) {
                continue;
            }
            fields.split(lines.chars(), lines.length());
            if (fields.count() != fieldCount) {
                skips.skip(line, SkipReason.WRONG_FIELD_COUNT, "expected " + fieldCount
                        + " fields as in the header on line " + headerLine + ", found " + fields.count());
                continue;
            }
            if (!parseChosen(line)) {
                continue;
            }
            double time = values[0];
            if (havePrevious && !(time > previousTime)) {
                skips.skip(line, SkipReason.TIME_NOT_INCREASING, "timestamp " + fields.text(columns[0])
                        + " is not after " + plain(previousTime));
                continue;
            }
            havePrevious = true;
            previousTime = time;
            return true;
        }
        return false;
    }

    private boolean parseChosen(long line) {
        for (int k = 0; k < columns.length; k++) {
            int c = columns[k];
            String name = headerNames.get(c);
            if (fields.isEmpty(c)) {
                skips.skip(line, SkipReason.NOT_A_NUMBER, name + " is empty");
                return false;
            }
            double v;
            try {
                v = fields.number(c);
            } catch (NumberFormatException e) {
                skips.skip(line, SkipReason.NOT_A_NUMBER, name + " is not a number: " + fields.quoted(c));
                return false;
            }
            if (!Double.isFinite(v)) {
                skips.skip(line, SkipReason.NOT_FINITE, name + " value " + fields.quoted(c)
                        + " is not a finite number");
                return false;
            }
            values[k] = v;
        }
        return true;
    }

    /** 1-based line number of the current row. */
    long line() {
        return lines.number();
    }

    /** The k-th chosen column of the current row, as written (no unit conversion). */
    double value(int k) {
        return values[k];
    }

    /** A time as the file would write it: 12.005, not 1.2005E1. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
