package io.reptempo.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.sensor.RecordingWriter;
import io.reptempo.sensor.Sample;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingWriterTest {

    /** What a tiny split-based reader gets back from a recording. */
    private record Parsed(Map<String, String> metadata, String header, List<double[]> rows) {
    }

    private static Parsed parse(String text) {
        Map<String, String> metadata = new LinkedHashMap<>();
        String header = null;
        List<double[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                String kv = line.substring(1).trim();
                int eq = kv.indexOf('=');
                metadata.put(kv.substring(0, eq), kv.substring(eq + 1));
            } else if (header == null) {
                header = line;
            } else {
                String[] parts = line.split(",");
                double[] row = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    row[i] = Double.parseDouble(parts[i]);
                }
                rows.add(row);
            }
        }
        return new Parsed(metadata, header, rows);
    }

    @Test
    void gyroRecordingRoundTrips() throws IOException {
        List<Sample> samples = List.of(
                new Sample(0.0, 0.0, -0.000004, 9.80665, 0.0, -0.0000004, 0.0123456),
                new Sample(0.004999, -12.345678, 0.1234549, -0.5, -1.5, 3.14159265, -17.4533),
                new Sample(12.3456789, 39.2266, -39.2266, 1e-9, 1e-7, -1e-7, 8.7266),
                new Sample(3599.999999, -0.00001, 0.000015, -0.000005, 0.0000005, -0.0000005, 0.0));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("rate_hz", "200");
        meta.put("exercise", "bench-press");
        meta.put("note", "two\nlines");
        StringWriter out = new StringWriter();
        try (RecordingWriter w = new RecordingWriter(out, meta, true)) {
            samples.forEach(w::accept);
            w.flush();
        }
        Parsed p = parse(out.toString());
        assertEquals("200", p.metadata().get("rate_hz"));
        assertEquals("bench-press", p.metadata().get("exercise"));
        assertEquals("two lines", p.metadata().get("note"));
        assertEquals("t,ax,ay,az,gx,gy,gz", p.header());
        assertEquals(samples.size(), p.rows().size());
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            double[] r = p.rows().get(i);
            assertEquals(7, r.length);
            assertEquals(s.t(), r[0], 0.5e-6 + 1e-12);
            assertEquals(s.ax(), r[1], 0.5e-5 + 1e-12);
            assertEquals(s.ay(), r[2], 0.5e-5 + 1e-12);
            assertEquals(s.az(), r[3], 0.5e-5 + 1e-12);
            assertEquals(s.gx(), r[4], 0.5e-6 + 1e-12);
            assertEquals(s.gy(), r[5], 0.5e-6 + 1e-12);
            assertEquals(s.gz(), r[6], 0.5e-6 + 1e-12);
        }
        assertTrue(out.toString().contains("\n0.004999,-12.34568,0.12345,-0.50000,-1.500000,3.141593,-17.453300\n"),
                out.toString());
        assertTrue(out.toString().contains("\n3599.999999,-0.00001,0.00002,0.00000,0.000001,0.000000,0.000000\n")
                || out.toString().contains("\n3599.999999,-0.00001,0.00001,0.00000,0.000001,0.000000,0.000000\n"),
                out.toString());
    }

    @Test
    void accelOnlyRecordingHasFourColumns() throws IOException {
        StringWriter out = new StringWriter();
        try (RecordingWriter w = new RecordingWriter(out, Map.of(), false)) {
            w.accept(Sample.accel(0.01, 1, 2, 3));
        }
        assertEquals("t,ax,ay,az\n0.010000,1.00000,2.00000,3.00000\n", out.toString());
    }

    @Test
    void simulatedRecordingRoundTripsThroughAFile(@TempDir Path dir) throws IOException {
        for (Scenario s : List.of(Scenario.CURL_GYRO, Scenario.CURL_ACCEL)) {
            SimulatedSet set = SetSimulator.simulate(s, 31);
            Path csv = dir.resolve(s.id() + ".csv");
            set.write(csv);
            Parsed p = parse(Files.readString(csv));
            assertEquals(set.metadata(), p.metadata());
            assertEquals(set.truth().hasGyro() ? 7 : 4, p.header().split(",").length);
            assertEquals(set.samples().size(), p.rows().size());
            for (int i = 0; i < p.rows().size(); i++) {
                Sample x = set.samples().get(i);
                double[] r = p.rows().get(i);
                assertEquals(x.t(), r[0], 1e-9);
                assertEquals(x.az(), r[3], 0.5e-5 + 1e-12);
                if (x.hasGyro()) {
                    assertEquals(x.gy(), r[5], 0.5e-6 + 1e-12);
                }
            }
        }
    }

    @Test
    void writesMillionsOfRowsQuickly() throws IOException {
        // A bound loose enough for slow CI machines, tight enough to catch String.format creeping in.
        Sample s = new Sample(1234.567891, -9.81234, 0.01234, 3.21, 0.123456, -0.654321, 0.000123);
        long t0 = System.nanoTime();
        try (RecordingWriter w = new RecordingWriter(java.io.Writer.nullWriter(), Map.of(), true)) {
            for (int i = 0; i < 1_000_000; i++) {
                w.accept(s);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 3.0, "1M rows took " + seconds + " s");
    }
}
