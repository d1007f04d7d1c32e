package io.reptempo.sensor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the last rows of a file from its end: the time span of a long file without reading all of it. */
final class FileTail {

    /** Far more than a few rows of any CSV export; a tail this size holds the last good row of any sane file. */
    private static final int TAIL_BYTES = 64 * 1024;

    private FileTail() {
    }

    /**
     * The time of the last row with the header's field count whose time column is a finite number.
     *
     * @return that time as written, or NaN when the tail holds no such row
     */
    static double lastTime(Path file, CsvDialect dialect, int fieldCount, int timeColumn) throws IOException {
        String tail;
        boolean fromStart;
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            long start = Math.max(0, size - TAIL_BYTES);
            fromStart = start == 0;
            ByteBuffer bytes = ByteBuffer.allocate((int) (size - start));
            ch.position(start);
            while (bytes.hasRemaining() && ch.read(bytes) >= 0) {
                // Fill the buffer; a short read just loops.
            }
            bytes.flip();
            tail = StandardCharsets.UTF_8.decode(bytes).toString();
        }
        String[] lines = tail.split("\n", -1);
        // A tail cut from the middle of the file starts inside a line: its first piece is not a row.
        int first = fromStart ? 0 : 1;
        RowFields fields = new RowFields(dialect);
        for (int i = lines.length - 1; i >= first; i--) {
            String line = lines[i];
            char[] chars = line.toCharArray();
            int length = chars.length;
            if (length > 0 && chars[length - 1] == '\r') {
                length--;
            }
            fields.split(chars, length);
            if (fields.count() != fieldCount || fields.isEmpty(timeColumn)) {
                continue;
            }
            try {
                double t = fields.number(timeColumn);
                if (Double.isFinite(t)) {
                    return t;
                }
            } catch (NumberFormatException e) {
                // Not a data row (a header, a damaged row): look further back.
            }
        }
        return Double.NaN;
    }
}
