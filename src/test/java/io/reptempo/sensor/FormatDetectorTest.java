package io.reptempo.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {

    @TempDir
    Path dir;

    private RecordingFormat detect(String text) throws Exception {
        Path p = dir.resolve("f.csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return FormatDetector.detect(p);
    }

    @Test
    void projectFormatAfterComments() throws Exception {
        assertEquals(RecordingFormat.REPTEMPO, detect("# reptempo recording\n# rate_hz=200\n\nt,ax,ay,az\n0,0,0,9.8\n"));
        assertEquals(RecordingFormat.REPTEMPO, detect("\uFEFFT, AX, AY, AZ, GX, GY, GZ\r\n0,0,0,9.8,0,0,0\r\n"));
    }

    @Test
    void projectFormatProblemsAreLeftToItsParser() throws Exception {
        // Empty, only comments, no header, an incomplete header: the parser has the precise message for each.
        assertEquals(RecordingFormat.REPTEMPO, detect(""));
        assertEquals(RecordingFormat.REPTEMPO, detect("# only a comment\n"));
        assertEquals(RecordingFormat.REPTEMPO, detect("0.0,0.1,0.2,9.8\n"));
        assertEquals(RecordingFormat.REPTEMPO, detect("t,ax,ay\n0,0,0\n"));
    }

    @Test
    void metaWearAccelerometerAndGyroscope() throws Exception {
        assertEquals(RecordingFormat.METAWEAR, detect(MetaWearFiles.ACCEL_HEADER + "\r\n"));
        assertEquals(RecordingFormat.METAWEAR, detect(MetaWearFiles.GYRO_HEADER + "\r\n"));
        assertEquals(RecordingFormat.METAWEAR,
                detect("epoch (ms),time (-08:00),elapsed (s),x-axis (g),y-axis (g),z-axis (g)\n"));
    }

    @Test
    void phyphoxWithEachSeparator() throws Exception {
        List<String> names = List.of("\"Time (s)\"", "\"Acceleration x (m/s^2)\"", "\"Acceleration y (m/s^2)\"",
                "\"Acceleration z (m/s^2)\"");
        for (String sep : List.of(",", ";", "\t")) {
            assertEquals(RecordingFormat.PHYPHOX, detect(String.join(sep, names) + "\n"), "separator " + sep);
        }
        assertEquals(RecordingFormat.PHYPHOX, detect("Time (s),Linear Acceleration x (m/s^2),"
                + "Linear Acceleration y (m/s^2),Linear Acceleration z (m/s^2)\n"));
    }

    @Test
    void unknownHeaderListsTheFormatsAndShowsColumns() {
        RecordingFormatException e = assertThrows(RecordingFormatException.class,
                () -> detect("timestamp,accX,accY,accZ\n1,0,0,1\n"));

        String m = e.getMessage();
        assertTrue(m.contains("\"timestamp,accX,accY,accZ\""), m);
        assertTrue(m.contains("MetaWear"), m);
        assertTrue(m.contains("phyphox"), m);
        assertTrue(m.contains("--columns t=timestamp,ax=accX,ay=accY,az=accZ"), m);
    }

    @Test
    void aMappingReadsAnyHeader() throws Exception {
        Path p = dir.resolve("f.csv");
        Files.writeString(p, MetaWearFiles.ACCEL_HEADER + "\n");
        assertEquals(RecordingFormat.MAPPED, FormatDetector.inspect(p, true).format());
    }
}
