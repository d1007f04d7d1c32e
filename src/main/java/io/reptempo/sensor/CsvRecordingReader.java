package io.reptempo.sensor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a CSV recording from a file or stream (UTF-8, optional byte order mark) into a {@link SampleSink}. */
public final class CsvRecordingReader {

    /** Characters handed to the parser per call. */
    static final int CHUNK_CHARS = 64 * 1024;

    private CsvRecordingReader() {
    }

    /**
     * Reads a whole recording file.
     *
     * @return what was read and skipped
     * @throws IOException              when the file cannot be read
     * @throws RecordingFormatException when the file is not a usable recording
     */
    public static ReadReport read(Path file, ReaderOptions options, SampleSink sink)
            throws IOException, RecordingFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, options, sink);
        }
    }

    /** Reads a recording from a stream to its end; the caller closes the stream. */
    public static ReadReport read(InputStream in, ReaderOptions options, SampleSink sink)
            throws IOException, RecordingFormatException {
        return read(in, new RecordingParser(options, sink));
    }

    /**
     * Feeds a stream to its end into a parser set up by the caller (for example with a
     * {@link RecordingListener}), then finishes it. The caller closes the stream.
     */
    public static ReadReport read(InputStream in, RecordingParser parser)
            throws IOException, RecordingFormatException {
        // The decoder replaces invalid UTF-8 with U+FFFD, so a garbled byte costs one skipped row, not the file.
        // The parser itself drops a leading byte order mark.
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        char[] buf = new char[CHUNK_CHARS];
        int n;
        while ((n = reader.read(buf, 0, buf.length)) >= 0) {
            parser.accept(buf, 0, n);
        }
        return parser.finish();
    }
}
