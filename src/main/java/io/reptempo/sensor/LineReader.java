package io.reptempo.sensor;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a UTF-8 text file line by line into one reused buffer, counting lines (1-based) and cutting off lines
 * too long to be rows of a recording, so a garbled file cannot exhaust memory.
 */
final class LineReader implements Closeable {

    private static final int CHUNK_CHARS = 64 * 1024;

    private final Reader in;
    private final char[] chunk = new char[CHUNK_CHARS];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean atStart = true;
    private char[] line = new char[256];
    private int length;
    private boolean tooLong;
    private long number;

    private LineReader(Reader in) {
        this.in = in;
    }

    /** Opens a file; invalid UTF-8 becomes U+FFFD, so a garbled byte costs one row, not the file. */
    static LineReader open(Path file) throws IOException {
        return new LineReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
    }

    /** Advances to the next line; false at the end of the file. */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                if (eof) {
                    break;
                }
                int n = in.read(chunk, 0, CHUNK_CHARS);
                if (n < 0) {
                    eof = true;
                    break;
                }
                pos = 0;
                limit = n;
                if (atStart && n > 0) {
                    atStart = false;
                    // A byte order mark is invisible in editors but would glue itself to the first column name.
                    if (chunk[0] == '\uFEFF') {
                        pos = 1;
                    }
                }
                continue;
            }
            any = true;
            int start = pos;
            while (pos < limit && chunk[pos] != '\n') {
                pos++;
            }
            append(start, pos);
            if (pos < limit) {
                pos++;
                return endLine();
            }
        }
        return any && endLine();
    }

    private boolean endLine() {
        number++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return true;
    }

    private void append(int from, int to) {
        if (tooLong) {
            return;
        }
        int n = to - from;
        if (length + n > RecordingParser.MAX_LINE_CHARS) {
            tooLong = true;
            length = 0;
            return;
        }
        if (length + n > line.length) {
            char[] bigger = new char[Math.max(line.length * 2, length + n)];
            System.arraycopy(line, 0, bigger, 0, length);
            line = bigger;
        }
        System.arraycopy(chunk, from, line, length, n);
        length += n;
    }

    /** The current line's characters, valid up to {@link #length()} until the next call to {@link #next()}. */
    char[] chars() {
        return line;
    }

    int length() {
        return length;
    }

    /** The current line was longer than {@link RecordingParser#MAX_LINE_CHARS}; its text was dropped. */
    boolean tooLong() {
        return tooLong;
    }

    /** 1-based number of the current line. */
    long number() {
        return number;
    }

    String text() {
        return new String(line, 0, length);
    }

    /** True when the current line is empty or only blanks. */
    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            if (line[i] != ' ' && line[i] != '\t') {
                return false;
            }
        }
        return !tooLong;
    }

    /** True when the first non-blank character of the current line is {@code #}. */
    boolean isComment() {
        for (int i = 0; i < length; i++) {
            if (line[i] != ' ' && line[i] != '\t') {
                return line[i] == '#';
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
