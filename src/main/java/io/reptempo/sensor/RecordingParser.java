package io.reptempo.sensor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Push-based parser for the recording text format: feed it characters in chunks of any size, and it pushes
 * {@link Sample}s to a sink. A file read whole, line by line or in random chunks gives the same samples and
 * the same {@link ReadReport}, so the same parser serves files and live serial streams.
 *
 * <p>Bad rows are counted and skipped; problems with the recording as a whole throw
 * {@link RecordingFormatException}, after which the parser refuses further input. The first samples are held
 * back until the acceleration units have been checked, then released in order, so a sink never sees data in
 * the wrong units. Not thread-safe: feed it from one thread.
 */
public final class RecordingParser {

    /** Longer lines are not rows of a recording; dropping them bounds memory on a garbled serial stream. */
    static final int MAX_LINE_CHARS = 1 << 20;
    /** Warnings kept in the report; the rest are only counted. */
    static final int MAX_WARNINGS = 20;
    private static final int MAX_QUOTED_CHARS = 40;
    private static final int SCRATCH_CHARS = 8192;

    private enum State { OPEN, FAILED, FINISHED }

    private final SampleSink sink;
    private final RecordingListener listener;
    private final ReaderOptions.AccelUnits accelUnits;
    private final double accelFactor;
    private final double gyroFactor;
    private final double timePerSecond;

    // Line assembly across chunks.
    private char[] carry = new char[256];
    private int carryLen;
    private boolean discardingLongLine;
    private boolean atStreamStart = true;
    private char[] scratch;
    private long lineNumber;
    private boolean sawComment;

    // The header in force.
    private ColumnLayout layout;
    private int[] roles;
    private int columnCount;
    private boolean hasGyro;
    private long headerLine;
    private final double[] values = new double[ColumnLayout.ROLE_COUNT];

    // Time order.
    private boolean havePrevious;
    private double previousT;
    private double previousRawT;
    private boolean restartAllowed;

    // Samples waiting for the units check; null once it has passed.
    private List<Sample> held = new ArrayList<>();

    // Report.
    private long totalRows;
    private long acceptedRows;
    private final long[] skipped = new long[SkipReason.values().length];
    private final List<String> warnings = new ArrayList<>();
    private long suppressedWarnings;
    private String firstSkipWarning;
    private final List<TimeRestart> restarts = new ArrayList<>();
    private final List<Long> headerLines = new ArrayList<>();
    private final Set<String> ignoredColumns = new LinkedHashSet<>();
    private final MetadataBuilder metadata = new MetadataBuilder();

    private State state = State.OPEN;
    private String failure;

    public RecordingParser(ReaderOptions options, SampleSink sink) {
        this(options, sink, RecordingListener.none());
    }

    public RecordingParser(ReaderOptions options, SampleSink sink, RecordingListener listener) {
        Objects.requireNonNull(options, "options");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.accelUnits = options.accelUnits();
        this.accelFactor = options.accelUnits().toMetersPerSecond2();
        this.gyroFactor = options.gyroUnits().toRadiansPerSecond();
        this.timePerSecond = options.timeUnits().perSecond();
    }

    /**
     * Takes the next characters of the stream. Lines may be split anywhere across calls; the buffer is not kept.
     *
     * @throws RecordingFormatException when the recording as a whole is unusable (bad header, wrong units)
     */
    public void accept(char[] buf, int off, int len) throws RecordingFormatException {
        Objects.checkFromIndexSize(off, len, buf.length);
        checkOpen();
        int end = off + len;
        int i = off;
        if (atStreamStart && len > 0) {
            atStreamStart = false;
            // A byte order mark is invisible in editors but would glue itself to the first column name.
            if (buf[i] == '\uFEFF') {
                i++;
            }
        }
        if (carryLen > 0 || discardingLongLine) {
            int newline = indexOfNewline(buf, i, end);
            if (newline < 0) {
                appendCarry(buf, i, end);
                return;
            }
            appendCarry(buf, i, newline);
            i = newline + 1;
            endCarriedLine();
        }
        int lineStart = i;
        for (; i < end; i++) {
            if (buf[i] == '\n') {
                if (i - lineStart > MAX_LINE_CHARS) {
                    tooLongLine();
                } else {
                    processLine(buf, lineStart, i);
                }
                lineStart = i + 1;
            }
        }
        if (lineStart < end) {
            appendCarry(buf, lineStart, end);
        }
    }

    /** Takes the next characters of the stream; same as {@link #accept(char[], int, int)}. */
    public void acceptChunk(CharSequence chunk) throws RecordingFormatException {
        if (scratch == null) {
            scratch = new char[SCRATCH_CHARS];
        }
        int n = chunk.length();
        for (int off = 0; off < n; off += SCRATCH_CHARS) {
            int m = Math.min(SCRATCH_CHARS, n - off);
            if (chunk instanceof String s) {
                s.getChars(off, off + m, scratch, 0);
            } else {
                for (int k = 0; k < m; k++) {
                    scratch[k] = chunk.charAt(off + k);
                }
            }
            accept(scratch, 0, m);
        }
    }

    /**
     * Ends the stream: reads a final line that lacks its newline, checks the recording had a header and
     * samples, releases any held samples and calls {@link SampleSink#finish()}. The sink's finish is not
     * called when this throws.
     *
     * @return the report of the whole stream
     * @throws RecordingFormatException when there was no usable header, no samples, or the units look wrong
     */
    public ReadReport finish() throws RecordingFormatException {
        checkOpen();
        if (discardingLongLine || carryLen > 0) {
            endCarriedLine();
        }
        if (layout == null) {
            fail(noHeaderMessage());
        }
        if (acceptedRows == 0) {
            fail(noSamplesMessage());
        }
        if (held != null) {
            releaseHeld();
        }
        state = State.FINISHED;
        sink.finish();
        return report();
    }

    /** A snapshot of the counts so far; callable at any time, e.g. for a live status line. */
    public ReadReport report() {
        Map<SkipReason, Long> byReason = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : SkipReason.values()) {
            byReason.put(reason, skipped[reason.ordinal()]);
        }
        return new ReadReport(totalRows, acceptedRows, byReason, warnings, suppressedWarnings, restarts,
                headerLines, layout == null ? List.of() : layout.names(), hasGyro, new ArrayList<>(ignoredColumns),
                metadata.build());
    }

    // ---- line assembly ------------------------------------------------------------------------------------

    private static int indexOfNewline(char[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void appendCarry(char[] buf, int from, int to) {
        if (discardingLongLine) {
            return;
        }
        int n = to - from;
        if (carryLen + n > MAX_LINE_CHARS) {
            discardingLongLine = true;
            carryLen = 0;
            return;
        }
        if (carryLen + n > carry.length) {
            char[] bigger = new char[Math.max(carry.length * 2, carryLen + n)];
            System.arraycopy(carry, 0, bigger, 0, carryLen);
            carry = bigger;
        }
        System.arraycopy(buf, from, carry, carryLen, n);
        carryLen += n;
    }

    private void endCarriedLine() throws RecordingFormatException {
        if (discardingLongLine) {
            discardingLongLine = false;
            tooLongLine();
        } else {
            int n = carryLen;
            carryLen = 0;
            processLine(carry, 0, n);
        }
    }

    private void tooLongLine() throws RecordingFormatException {
        lineNumber++;
        String what = "the line is longer than " + MAX_LINE_CHARS + " characters";
        if (layout == null) {
            fail("Line " + lineNumber + " is longer than " + MAX_LINE_CHARS
                    + " characters, so this does not look like a recording. Is it the right file?");
        }
        skip(SkipReason.LINE_TOO_LONG, what);
    }

    /** One line without its '\n'. */
    private void processLine(char[] b, int from, int to) throws RecordingFormatException {
        lineNumber++;
        if (to > from && b[to - 1] == '\r') {
            to--;
        }
        int i = from;
        while (i < to && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        if (i == to) {
            return;
        }
        if (b[i] == '#') {
            sawComment = true;
            metadata.addComment(new String(b, i + 1, to - i - 1));
            return;
        }
        if (layout == null) {
            firstHeader(b, i, to);
        } else {
            dataRow(b, from, to);
        }
    }

    // ---- rows ---------------------------------------------------------------------------------------------

    private void dataRow(char[] b, int from, int to) throws RecordingFormatException {
        final int[] roleOf = roles;
        final int expected = columnCount;
        final double[] v = values;
        int column = 0;
        int fieldStart = from;
        int badColumn = -1;
        int badStart = 0;
        int badEnd = 0;
        boolean badIsNonFinite = false;
        // One pass: split on commas and parse only the columns the reader uses, straight from the buffer.
        for (int i = from; ; i++) {
            if (i == to || b[i] == ',') {
                if (column < expected && badColumn < 0 && roleOf[column] >= 0) {
                    int s = fieldStart;
                    int e = i;
                    while (s < e && b[s] <= ' ') {
                        s++;
                    }
                    while (e > s && b[e - 1] <= ' ') {
                        e--;
                    }
                    try {
                        double x = DecimalParser.parse(b, s, e);
                        if (!Double.isFinite(x)) {
                            badIsNonFinite = true;
                            badColumn = column;
                        }
                        v[roleOf[column]] = x;
                    } catch (NumberFormatException ex) {
                        badColumn = column;
                    }
                    badStart = s;
                    badEnd = e;
                }
                column++;
                if (i == to) {
                    break;
                }
                fieldStart = i + 1;
            }
        }
        if ((column != expected || (badColumn >= 0 && !badIsNonFinite)) && ColumnLayout.looksLikeHeader(b, from, to)) {
            repeatedHeader(b, from, to);
            return;
        }
        if (column != expected) {
            skip(SkipReason.WRONG_FIELD_COUNT, "expected " + expected + " fields as in the header on line "
                    + headerLine + ", found " + column);
            return;
        }
        if (badColumn >= 0) {
            String name = layout.names().get(badColumn);
            if (badIsNonFinite) {
                skip(SkipReason.NOT_FINITE, name + " value " + quote(b, badStart, badEnd) + " is not a finite number");
            } else if (badStart == badEnd) {
                skip(SkipReason.NOT_A_NUMBER, name + " is empty");
            } else {
                skip(SkipReason.NOT_A_NUMBER, name + " is not a number: " + quote(b, badStart, badEnd));
            }
            return;
        }

        double rawT = v[ColumnLayout.T];
        double t = rawT / timePerSecond;
        double ax = v[ColumnLayout.AX] * accelFactor;
        double ay = v[ColumnLayout.AY] * accelFactor;
        double az = v[ColumnLayout.AZ] * accelFactor;
        if (!(Double.isFinite(ax) && Double.isFinite(ay) && Double.isFinite(az))) {
            skip(SkipReason.NOT_FINITE, "an acceleration is too large to be a finite number in m/s^2");
            return;
        }
        double gx = Double.NaN;
        double gy = Double.NaN;
        double gz = Double.NaN;
        if (hasGyro) {
            gx = v[ColumnLayout.GX] * gyroFactor;
            gy = v[ColumnLayout.GY] * gyroFactor;
            gz = v[ColumnLayout.GZ] * gyroFactor;
        }
        if (havePrevious && !(t > previousT)) {
            if (!restartAllowed) {
                skip(SkipReason.TIME_NOT_INCREASING, "timestamp " + timeText(b, from, to) + " is not after "
                        + plain(previousRawT));
                return;
            }
            TimeRestart restart = new TimeRestart(lineNumber, previousT, t);
            restarts.add(restart);
            warn("line " + lineNumber + ": timestamps restart at " + timeText(b, from, to)
                    + " after the repeated header on line " + headerLine + " (previous sample at "
                    + plain(previousRawT) + "); continuing");
            listener.onTimeRestart(restart);
        }
        restartAllowed = false;
        havePrevious = true;
        previousT = t;
        previousRawT = rawT;
        totalRows++;
        acceptedRows++;
        Sample sample = new Sample(t, ax, ay, az, gx, gy, gz);
        if (held == null) {
            sink.accept(sample);
        } else {
            hold(sample);
        }
    }

    private void skip(SkipReason reason, String what) {
        totalRows++;
        skipped[reason.ordinal()]++;
        String warning = "line " + lineNumber + ": " + what + "; row skipped";
        if (firstSkipWarning == null) {
            firstSkipWarning = warning;
        }
        warn(warning);
    }

    private void warn(String warning) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(warning);
        } else {
            suppressedWarnings++;
        }
    }

    // ---- headers ------------------------------------------------------------------------------------------

    private void firstHeader(char[] b, int from, int to) throws RecordingFormatException {
        String text = new String(b, from, to - from);
        ColumnLayout first = ColumnLayout.parse(text);
        if (first.problem() != null) {
            fail(badFirstHeaderMessage(first, text));
        }
        useHeader(first);
    }

    /** A header after samples: a device restarted mid-stream, possibly with another column order. */
    private void repeatedHeader(char[] b, int from, int to) throws RecordingFormatException {
        ColumnLayout next = ColumnLayout.parse(new String(b, from, to - from));
        if (next.problem() != null) {
            skip(SkipReason.BAD_HEADER, "header row " + next.problem() + "; keeping the columns of the header on line "
                    + headerLine);
            return;
        }
        // Settle the units check now so every sample before this header reaches the sink before the listener
        // hears about it; otherwise held samples would arrive after the event they precede.
        if (held != null && !held.isEmpty()) {
            releaseHeld();
        }
        useHeader(next);
        restartAllowed = havePrevious;
    }

    private void useHeader(ColumnLayout next) {
        layout = next;
        roles = next.roles();
        columnCount = next.columnCount();
        hasGyro = next.hasGyro();
        headerLine = lineNumber;
        headerLines.add(lineNumber);
        List<String> fresh = new ArrayList<>();
        for (String name : next.unknownColumns()) {
            if (ignoredColumns.add(name)) {
                fresh.add(name);
            }
        }
        if (!fresh.isEmpty()) {
            warn("line " + lineNumber + ": ignoring unknown column" + (fresh.size() > 1 ? "s " : " ")
                    + String.join(", ", fresh));
        }
        listener.onHeader(lineNumber, next.names());
    }

    // ---- units check --------------------------------------------------------------------------------------

    private void hold(Sample sample) throws RecordingFormatException {
        held.add(sample);
        if (held.size() >= UnitsCheck.ENOUGH_SAMPLES
                || sample.t() - held.get(0).t() >= UnitsCheck.ENOUGH_SECONDS) {
            releaseHeld();
        }
    }

    private void releaseHeld() throws RecordingFormatException {
        String problem = UnitsCheck.problem(held, accelUnits);
        if (problem != null) {
            fail(problem);
        }
        List<Sample> ready = held;
        held = null;
        for (Sample sample : ready) {
            sink.accept(sample);
        }
    }

    // ---- failures and messages ----------------------------------------------------------------------------

    private void checkOpen() {
        if (state == State.FAILED) {
            throw new IllegalStateException("the recording was already rejected: " + failure);
        }
        if (state == State.FINISHED) {
            throw new IllegalStateException("finish() was already called");
        }
    }

    private void fail(String message) throws RecordingFormatException {
        state = State.FAILED;
        failure = message;
        throw new RecordingFormatException(message);
    }

    private String badFirstHeaderMessage(ColumnLayout header, String text) {
        StringBuilder sb = new StringBuilder();
        sb.append("The header row on line ").append(lineNumber).append(' ').append(header.problem())
                .append(". It reads ").append(quote(text));
        if (startsWithNumber(text)) {
            sb.append(", which looks like a row of numbers: the file seems to have no header row");
        }
        sb.append(". The first line after any # comments must name the columns, like: ")
                .append(ColumnLayout.EXAMPLE).append('.');
        return sb.toString();
    }

    private String noHeaderMessage() {
        String what;
        if (lineNumber == 0) {
            what = "The file is empty";
        } else if (sawComment) {
            what = "The file has only # comment lines, no header row and no samples";
        } else {
            what = "The file has only blank lines";
        }
        return what + ". A recording starts with a header row like " + ColumnLayout.EXAMPLE
                + ", then one sample per line.";
    }

    private String noSamplesMessage() {
        if (totalRows == 0) {
            return "The recording has a header row (line " + headerLine + ") but no samples after it.";
        }
        return "The recording has no samples: all " + totalRows + (totalRows == 1 ? " row" : " rows")
                + " after the header were skipped. The first problem was " + firstSkipWarning + ".";
    }

    private static boolean startsWithNumber(String text) {
        int comma = text.indexOf(',');
        char[] first = (comma < 0 ? text : text.substring(0, comma)).strip().toCharArray();
        try {
            DecimalParser.parse(first, 0, first.length);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The t field of a row as written, for messages. */
    private String timeText(char[] b, int from, int to) {
        int tColumn = 0;
        while (roles[tColumn] != ColumnLayout.T) {
            tColumn++;
        }
        int column = 0;
        int fieldStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || b[i] == ',') {
                if (column == tColumn) {
                    return new String(b, fieldStart, i - fieldStart).strip();
                }
                column++;
                fieldStart = i + 1;
            }
        }
        return "?";
    }

    /** A time as the file would write it: 12.005, not 1.2005E1. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String quote(char[] b, int from, int to) {
        return quote(new String(b, from, Math.min(to - from, MAX_QUOTED_CHARS + 1)));
    }

    private static String quote(String text) {
        return '"' + (text.length() > MAX_QUOTED_CHARS ? text.substring(0, MAX_QUOTED_CHARS) + "..." : text) + '"';
    }
}
