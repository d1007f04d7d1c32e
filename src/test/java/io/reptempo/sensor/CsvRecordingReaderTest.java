package io.reptempo.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordingReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsAFileWithAByteOrderMarkAndCrLf() throws Exception {
        Path file = dir.resolve("bom.csv");
        byte[] body = "# exercise=bench-press\r\nt,ax,ay,az\r\n0,0,0,9.8\r\n0.01,0.5,0,9.8\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);

        CollectingSink sink = new CollectingSink();
        ReadReport report = CsvRecordingReader.read(file, ReaderOptions.defaults(), sink);

        assertEquals(List.of(Sample.accel(0, 0, 0, 9.8), Sample.accel(0.01, 0.5, 0, 9.8)), sink.samples);
        assertEquals("bench-press", report.metadata().get("exercise").orElseThrow());
        assertEquals(List.of("t", "ax", "ay", "az"), report.columns());
        assertEquals(1, sink.finishCalls);
    }

    @Test
    void byteOrderMarkBeforeAHeaderWithoutCommentsIsNotPartOfTheFirstName() throws Exception {
        byte[] bytes = "\uFEFFt,ax,ay,az\n0,0,0,9.8\n".getBytes(StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();

        CsvRecordingReader.read(new ByteArrayInputStream(bytes), ReaderOptions.defaults(), sink);

        assertEquals(1, sink.samples.size());
    }

    @Test
    void readsALargeFileAcrossManyChunks() throws Exception {
        Path file = dir.resolve("big.csv");
        StringBuilder sb = new StringBuilder("t,ax,ay,az,gx,gy,gz\n");
        int rows = 40_000;
        for (int i = 0; i < rows; i++) {
            sb.append(i).append("e-3,0.125,-0.25,9.8125,0.5,0.25,-1\n");
        }
        Files.writeString(file, sb);

        List<Double> times = new ArrayList<>();
        ReadReport report = CsvRecordingReader.read(file, ReaderOptions.defaults(), s -> times.add(s.t()));

        assertEquals(rows, report.acceptedRows());
        assertEquals(rows, times.size());
        assertEquals(39.999, times.get(rows - 1), 1e-12);
        assertTrue(report.hasGyro());
    }

    @Test
    void invalidUtf8CostsOneRowNotTheFile() throws Exception {
        byte[] head = "t,ax,ay,az\n0,0,0,9.8\n0.01,".getBytes(StandardCharsets.UTF_8);
        byte[] tail = ",0,9.8\n0.02,0,0,9.8\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);

        CollectingSink sink = new CollectingSink();
        ReadReport report = CsvRecordingReader.read(new ByteArrayInputStream(bytes), ReaderOptions.defaults(), sink);

        assertEquals(2, sink.samples.size());
        assertEquals(1, report.skipped(SkipReason.NOT_A_NUMBER));
    }

    @Test
    void missingFileIsAnIoError() {
        assertThrows(NoSuchFileException.class,
                () -> CsvRecordingReader.read(dir.resolve("nope.csv"), ReaderOptions.defaults(), s -> { }));
    }

    @Test
    void emptyFileIsAFormatError() throws IOException {
        Path file = dir.resolve("empty.csv");
        Files.write(file, new byte[0]);

        RecordingFormatException e = assertThrows(RecordingFormatException.class,
                () -> CsvRecordingReader.read(file, ReaderOptions.defaults(), s -> { }));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void overlongLineIsSkippedWithoutHoldingItInMemory() throws Exception {
        StringBuilder sb = new StringBuilder("t,ax,ay,az\n0,0,0,9.8\n");
        sb.append("1".repeat(RecordingParser.MAX_LINE_CHARS + 10)).append('\n');
        sb.append("0.01,0,0,9.8\n");
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);

        CollectingSink sink = new CollectingSink();
        ReadReport report = CsvRecordingReader.read(new ByteArrayInputStream(bytes), ReaderOptions.defaults(), sink);
        ReadReport whole = Parsed.of(sb.toString()).report();

        assertEquals(2, sink.samples.size());
        assertEquals(1, report.skipped(SkipReason.LINE_TOO_LONG));
        assertEquals(whole, report);
        assertTrue(report.warnings().get(0).startsWith("line 3: the line is longer than"), report.warnings().get(0));
    }
}
