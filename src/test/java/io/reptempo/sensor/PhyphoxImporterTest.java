package io.reptempo.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhyphoxImporterTest {

    private static final String ACCEL_HEADER = "\"Time (s)\",\"Acceleration x (m/s^2)\",\"Acceleration y (m/s^2)\","
            + "\"Acceleration z (m/s^2)\",\"Absolute acceleration (m/s^2)\"";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static List<Sample> read(RecordingSource source) throws Exception {
        CollectingSink sink = new CollectingSink();
        source.read(sink);
        return sink.samples;
    }

    @Test
    void accelerationWithGCommaSeparated() throws Exception {
        // phyphox writes numbers in scientific notation.
        Path file = write("Raw Data.csv", ACCEL_HEADER + "\n"
                + "1.000000000E-2,1.250000000E-1,-2.000000000E-1,9.800000000E0,9.80\n"
                + "2.000000000E-2,1.500000000E-1,-2.500000000E-1,9.810000000E0,9.81\n"
                + "3.000000000E-2,1.750000000E-1,-3.000000000E-1,9.820000000E0,9.82\n");

        RecordingSource source = RecordingSource.open(file, ImportOptions.defaults());
        List<Sample> samples = read(source);

        assertEquals(RecordingFormat.PHYPHOX, source.format());
        assertFalse(source.hasGyro());
        assertEquals(3, samples.size());
        assertEquals(Sample.accel(0, 0.125, -0.2, 9.8), samples.get(0));
        assertEquals(0.02, samples.get(2).t(), 1e-12);
        assertEquals(-0.3, samples.get(2).ay(), 1e-12);
        assertEquals("phyphox \"Acceleration with g\" export (comma-separated, 100 Hz), no gyroscope",
                source.describe());
        assertEquals("phyphox", source.metadata().get("source_format"));
        assertEquals("100", source.metadata().get("accel_rate_hz"));
    }

    @Test
    void withGyroscopeColumnsSemicolonsAndDecimalCommas() throws Exception {
        Path file = write("Raw Data.csv", "\"Time (s)\";\"Acceleration x (m/s^2)\";\"Acceleration y (m/s^2)\";"
                + "\"Acceleration z (m/s^2)\";\"Gyroscope x (rad/s)\";\"Gyroscope y (rad/s)\";\"Gyroscope z (rad/s)\"\n"
                + "0,000000000E0;1,250000000E-1;-2,0E-1;9,8;1,5E-2;-2,5E-2;0,0\n"
                + "5,000000000E-3;1,5;-2,5E-1;9,81;2,5E-2;-3,5E-2;1,0E-3\n");

        RecordingSource source = RecordingSource.open(file, ImportOptions.defaults());
        List<Sample> samples = read(source);

        assertTrue(source.hasGyro());
        assertEquals(new Sample(0, 0.125, -0.2, 9.8, 0.015, -0.025, 0), samples.get(0));
        assertEquals(new Sample(0.005, 1.5, -0.25, 9.81, 0.025, -0.035, 0.001), samples.get(1));
        assertTrue(source.describe().contains("semicolon-separated"), source.describe());
        assertTrue(source.describe().endsWith("with gyroscope"), source.describe());
        assertEquals("200", source.metadata().get("gyro_rate_hz"));
    }

    @Test
    void tabSeparatedWithDecimalPoints() throws Exception {
        Path file = write("Raw Data.csv", ACCEL_HEADER.replace(',', '\t') + "\n"
                + "0.01\t0.5\t0.25\t9.75\t9.8\n0.02\t0.5\t0.25\t9.75\t9.8\n");

        List<Sample> samples = read(RecordingSource.open(file, ImportOptions.defaults()));

        assertEquals(Sample.accel(0.01, 0.5, 0.25, 9.75), samples.get(1));
    }

    @Test
    void badRowsAreCountedWithLineNumbers() throws Exception {
        Path file = write("Raw Data.csv", ACCEL_HEADER + "\n"
                + "0.01,0.1,0.2,9.8,9.8\n"
                + "0.02,,0.2,9.8,9.8\n"
                + "0.03,0.1,0.2,9.8,9.8\n");

        ReadReport report = RecordingSource.open(file, ImportOptions.defaults()).read(new CollectingSink());

        assertEquals(1, report.skippedRows());
        assertEquals(List.of("line 3: Acceleration x (m/s^2) is empty; row skipped"), report.warnings());
        assertEquals(List.of("Absolute acceleration (m/s^2)"), report.ignoredColumns());
    }

    @Test
    void linearAccelerationIsRefusedNamingTheExperimentToUse() throws Exception {
        Path file = write("Raw Data.csv", "\"Time (s)\",\"Linear Acceleration x (m/s^2)\","
                + "\"Linear Acceleration y (m/s^2)\",\"Linear Acceleration z (m/s^2)\",\"Absolute acceleration (m/s^2)\"\n"
                + "0.01,0.1,0.2,0.0,0.2\n");

        RecordingFormatException e = assertThrows(RecordingFormatException.class,
                () -> RecordingSource.open(file, ImportOptions.defaults()));

        assertTrue(e.getMessage().contains("\"Linear Acceleration\""), e.getMessage());
        assertTrue(e.getMessage().contains("gravity"), e.getMessage());
        assertTrue(e.getMessage().contains("\"Acceleration with g\""), e.getMessage());
    }

    @Test
    void exportWithoutAccelerationColumnsIsRefused() throws Exception {
        Path file = write("Raw Data.csv", "\"Time (s)\",\"Gyroscope x (rad/s)\",\"Gyroscope y (rad/s)\","
                + "\"Gyroscope z (rad/s)\",\"Absolute (rad/s)\"\n0.01,0.1,0.2,0.0,0.2\n");

        RecordingFormatException e = assertThrows(RecordingFormatException.class,
                () -> RecordingSource.open(file, ImportOptions.defaults()));

        assertTrue(e.getMessage().contains("no acceleration columns"), e.getMessage());
        assertTrue(e.getMessage().contains("Gyroscope x (rad/s)"), e.getMessage());
        assertTrue(e.getMessage().contains("\"Acceleration with g\""), e.getMessage());
    }
}
