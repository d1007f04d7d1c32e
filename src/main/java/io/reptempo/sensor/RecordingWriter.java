package io.reptempo.sensor;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes samples as a CSV recording: {@code # key=value} metadata lines, a header
 * ({@code t,ax,ay,az[,gx,gy,gz]}), then one row per sample (t with 6 decimals, specific force with 5,
 * angular rate with 6). Digits are produced by hand into a reusable buffer because hour-long
 * recordings have millions of rows and {@code String.format} would dominate the run time.
 */
public final class RecordingWriter implements SampleSink, AutoCloseable {

    private static final int BUFFER_CHARS = 1 << 16;
    /** Room kept free for one row; a row is far shorter even with Double.toString fallbacks. */
    private static final int ROW_RESERVE_CHARS = 512;
    /** Notes are cut to this length, far below the buffer and any reader's line limit. */
    static final int MAX_COMMENT_CHARS = 1000;
    private static final int TIME_DECIMALS = 6;
    private static final int ACCEL_DECIMALS = 5;
    private static final int GYRO_DECIMALS = 6;
    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
        10_000_000L, 100_000_000L, 1_000_000_000L};
    /** Beyond this magnitude the scaled value no longer fits a long exactly; fall back to Double.toString. */
    private static final double MAX_SCALED = 9.0e17;

    private final Writer out;
    private final boolean gyro;
    private final char[] buffer = new char[BUFFER_CHARS];
    private final char[] digits = new char[20];
    private int length;
    private boolean closed;

    /**
     * Writes metadata and header immediately.
     *
     * @param metadata written as {@code # key=value} lines in the map's iteration order (may be empty)
     * @param gyro     whether the angular rate columns are written
     */
    public RecordingWriter(Writer out, Map<String, String> metadata, boolean gyro) throws IOException {
        this.out = out;
        this.gyro = gyro;
        StringBuilder head = new StringBuilder();
        if (metadata != null) {
            for (Map.Entry<String, String> e : metadata.entrySet()) {
                head.append("# ").append(oneLine(e.getKey())).append('=').append(oneLine(e.getValue())).append('\n');
            }
        }
        head.append(gyro ? "t,ax,ay,az,gx,gy,gz\n" : "t,ax,ay,az\n");
        out.write(head.toString());
    }

    /** Creates (or truncates) the file and writes metadata and header. */
    public RecordingWriter(Path file, Map<String, String> metadata, boolean gyro) throws IOException {
        this(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), metadata, gyro);
    }

    /** Whether the angular rate columns are written. */
    public boolean writesGyro() {
        return gyro;
    }

    @Override
    public void accept(Sample s) {
        if (closed) {
            throw new IllegalStateException("recording already closed");
        }
        if (length > BUFFER_CHARS - ROW_RESERVE_CHARS) {
            drain();
        }
        appendFixed(s.t(), TIME_DECIMALS);
        buffer[length++] = ',';
        appendFixed(s.ax(), ACCEL_DECIMALS);
        buffer[length++] = ',';
        appendFixed(s.ay(), ACCEL_DECIMALS);
        buffer[length++] = ',';
        appendFixed(s.az(), ACCEL_DECIMALS);
        if (gyro) {
            buffer[length++] = ',';
            appendFixed(s.gx(), GYRO_DECIMALS);
            buffer[length++] = ',';
            appendFixed(s.gy(), GYRO_DECIMALS);
            buffer[length++] = ',';
            appendFixed(s.gz(), GYRO_DECIMALS);
        }
        buffer[length++] = '\n';
    }

    /**
     * Writes a {@code # text} note between rows, e.g. where the sensor was lost; readers keep it as a note. Cut to
     * one line of at most {@link #MAX_COMMENT_CHARS} characters.
     */
    public void comment(String text) {
        if (closed) {
            throw new IllegalStateException("recording already closed");
        }
        String body = oneLine(text);
        String line = "# " + (body.length() > MAX_COMMENT_CHARS ? body.substring(0, MAX_COMMENT_CHARS) : body) + "\n";
        if (length + line.length() > BUFFER_CHARS) {
            drain();
        }
        line.getChars(0, line.length(), buffer, length);
        length += line.length();
    }

    /** The end of the samples: flushes, but leaves closing to {@link #close()}. */
    @Override
    public void finish() {
        flush();
    }

    /** Pushes buffered rows to the underlying writer and flushes it. */
    public void flush() {
        if (closed) {
            return;
        }
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            drain();
        } finally {
            closed = true;
            out.close();
        }
    }

    private void drain() {
        if (length == 0) {
            return;
        }
        try {
            out.write(buffer, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        length = 0;
    }

    /** Appends v rounded to a fixed number of decimals, e.g. -0.00012 -> "-0.00012", 9.81 -> "9.81000". */
    private void appendFixed(double v, int decimals) {
        double scaled = v * POW10[decimals];
        if (!(Math.abs(scaled) < MAX_SCALED)) {
            appendText(Double.isNaN(v) ? "NaN" : Double.toString(v));
            return;
        }
        long units = Math.round(scaled);
        if (units < 0) {
            buffer[length++] = '-';
            units = -units;
        }
        long whole = units / POW10[decimals];
        long fraction = units - whole * POW10[decimals];
        appendDigits(whole);
        buffer[length++] = '.';
        for (int i = decimals - 1; i >= 0; i--) {
            buffer[length + i] = (char) ('0' + (fraction % 10));
            fraction /= 10;
        }
        length += decimals;
    }

    private void appendDigits(long value) {
        if (value == 0) {
            buffer[length++] = '0';
            return;
        }
        int n = 0;
        while (value > 0) {
            digits[n++] = (char) ('0' + (value % 10));
            value /= 10;
        }
        while (n > 0) {
            buffer[length++] = digits[--n];
        }
    }

    private void appendText(String text) {
        text.getChars(0, text.length(), buffer, length);
        length += text.length();
    }

    /** Metadata must not break the line structure of the file. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replace('\r', ' ').replace('\n', ' ');
    }
}
