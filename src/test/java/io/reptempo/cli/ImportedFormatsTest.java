package io.reptempo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.sensor.Sample;
import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SimulationOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} and {@code convert} on the imported formats, end to end: a simulated bench set written as a
 * MetaWear export pair, a phyphox export and a custom CSV is analysed (exit 0, the format said on stderr); every
 * wrong input is one line on stderr and exit code 2.
 */
class ImportedFormatsTest {

    private static final double G = 9.80665;
    private static final double DEG = Math.PI / 180;
    private static final long START_EPOCH_MS = 1547219408431L;
    private static final String RECORDING = "set_MetaWear_2019-01-11T16.10.08.270_C42732BE255C";
    private static final String ACCEL_NAME = RECORDING + "_Accelerometer_200.000Hz_1.4.4.csv";
    private static final String GYRO_NAME = RECORDING + "_Gyroscope_100.000Hz_1.4.4.csv";

    @TempDir
    static Path dir;

    /** Bench press, seed 7, 200 Hz on an exact clock (epoch milliseconds resolve it) with a gyroscope. */
    private static List<Sample> set;
    private static Path accel;
    private static Path gyro;

    @BeforeAll
    static void writeTheSetAsAMetaWearPair() throws IOException {
        set = SetSimulator.simulate(Scenario.BENCH_TEMPO, 7, SimulationOptions.defaults().withRateHz(200)
                .withTimingErrors(false).withGyro(true)).samples();
        accel = writeMetaWearAccel(dir.resolve(ACCEL_NAME), set);
        gyro = writeMetaWearGyro(dir.resolve(GYRO_NAME), set, 0);
    }

    private static long epoch(Sample s, long shiftMs) {
        return START_EPOCH_MS + shiftMs + Math.round(s.t() * 1000);
    }

    private static Path writeMetaWearAccel(Path file, List<Sample> samples) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("epoch (ms),time (01:00),elapsed (s),x-axis (g),y-axis (g),z-axis (g)");
        for (Sample s : samples) {
            lines.add(String.format(Locale.ROOT, "%d,2019-01-11T16:10:08.431,%.3f,%.4f,%.4f,%.4f", epoch(s, 0),
                    s.t(), s.ax() / G, s.ay() / G, s.az() / G));
        }
        return write(file, lines);
    }

    /** Every other sample: a gyroscope at half the accelerometer's rate, as MetaWear exports often are. */
    private static Path writeMetaWearGyro(Path file, List<Sample> samples, long shiftMs) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("epoch (ms),time (01:00),elapsed (s),x-axis (deg/s),y-axis (deg/s),z-axis (deg/s)");
        for (int i = 0; i < samples.size(); i += 2) {
            Sample s = samples.get(i);
            lines.add(String.format(Locale.ROOT, "%d,2019-01-11T16:10:08.431,%.3f,%.3f,%.3f,%.3f", epoch(s, shiftMs),
                    s.t(), s.gx() / DEG, s.gy() / DEG, s.gz() / DEG));
        }
        return write(file, lines);
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private static CliRun run(Object... args) {
        return CliRun.of(args);
    }

    private static void assertNoStackTrace(CliRun r) {
        r.assertNoStackTrace();
    }

    /** Exit code 2 and one line on stderr containing every word. */
    private static void assertUserError(CliRun r, String... words) {
        r.assertUserError(words);
    }

    private static void assertAnalysed(CliRun r) {
        assertNoStackTrace(r);
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Reps:"), r.out());
    }

    // ---- MetaWear --------------------------------------------------------------------------------------------

    @Test
    void metaWearPairIsFoundBesideAndAnalysed() {
        CliRun r = run("analyze", accel, "--exercise", "bench-press");

        assertAnalysed(r);
        assertEquals("format: MetaWear accelerometer export (200 Hz) + gyroscope file " + GYRO_NAME + " (100 Hz)",
                r.err().lines().findFirst().orElse(""));
    }

    @Test
    void gyroscopeFileGivenAsTheRecording() {
        assertUserError(run("analyze", gyro, "--exercise", "bench-press"), "this is a gyroscope file",
                "give the accelerometer file " + ACCEL_NAME, "its gyroscope file is found beside it");
    }

    @Test
    void gyroscopeFileOfAnotherRecording() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        Path later = writeMetaWearGyro(other.resolve("later.csv"), set, 600_000);

        assertUserError(run("analyze", accel, "--exercise", "bench-press", "--gyro", later), "different recordings",
                "--gyro");
    }

    @Test
    void gyroOptionPointingAtTheAccelerometerFile() {
        assertUserError(run("analyze", accel, "--exercise", "bench-press", "--gyro", accel),
                "is not a MetaWear gyroscope file", "accelerometer");
    }

    @Test
    void badRowsInAMetaWearFileAreSkippedWithTheirLineNumbers() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("damaged"));
        List<String> lines = new ArrayList<>(Files.readAllLines(accel, StandardCharsets.UTF_8));
        lines.set(400, lines.get(400).replace(",2019-", ",,2019-"));     // line 401: one field too many
        lines.set(900, lines.get(900).substring(0, lines.get(900).lastIndexOf(',')) + ",x"); // line 901
        Path damaged = write(sub.resolve(ACCEL_NAME), lines);
        Files.copy(gyro, sub.resolve(GYRO_NAME));

        CliRun r = run("analyze", damaged, "--exercise", "bench-press");

        assertAnalysed(r);
        assertTrue(r.err().contains("Skipped 2 of " + set.size() + " rows:"), r.err());
        assertTrue(r.err().contains("line 401: expected 6 fields"), r.err());
        assertTrue(r.err().contains("line 901: z-axis (g) is not a number: \"x\""), r.err());
    }

    // ---- convert ---------------------------------------------------------------------------------------------

    @Test
    void convertAMetaWearPairThenAnalyseTheResult() throws IOException {
        Path out = dir.resolve("converted.csv");

        CliRun c = run("convert", accel, "-o", out);

        assertNoStackTrace(c);
        assertEquals(0, c.code(), c.err());
        assertEquals(1, c.out().strip().lines().count(), c.out());
        assertTrue(c.out().startsWith("wrote " + out + ": " + set.size() + " samples over "), c.out());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(List.of("# source_format=metawear", "# device=C42732BE255C", "# accel_rate_hz=200",
                "# gyro_rate_hz=100", "# start_epoch_ms=" + START_EPOCH_MS,
                "# start_time=2019-01-11T16:10:08.431+01:00", "t,ax,ay,az,gx,gy,gz"), lines.subList(0, 7));
        assertEquals(set.size() + 7, lines.size());

        CliRun a = run("analyze", out, "--exercise", "bench-press");
        assertAnalysed(a);
        // The project's own format is read without announcement, as before.
        assertEquals("", a.err());
    }

    @Test
    void convertTakesTheSecondInputAsTheGyroscopeFile() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("plain-names"));
        Path acc = Files.copy(accel, sub.resolve("acc.csv"));
        Path gyr = Files.copy(gyro, sub.resolve("gyro.csv"));
        Path out = sub.resolve("out.csv");

        CliRun c = run("convert", acc, gyr, "-o", out);

        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("+ gyroscope file gyro.csv"), c.out());
        assertTrue(Files.readAllLines(out).contains("t,ax,ay,az,gx,gy,gz"));
        // Without it there is no gyroscope beside a file not named like a MetaBase export.
        CliRun alone = run("convert", acc, "-o", sub.resolve("alone.csv"));
        assertEquals(0, alone.code(), alone.err());
        assertTrue(alone.out().contains("no gyroscope file"), alone.out());
    }

    @Test
    void convertRefusesToOverwriteItsInputAndBothGyroForms() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("refuse"));
        Path acc = Files.copy(accel, sub.resolve("acc.csv"));

        assertUserError(run("convert", acc, "-o", acc), "is an input");
        assertUserError(run("convert", acc, gyro, "--gyro", gyro, "-o", sub.resolve("o.csv")), "not both");
        assertFalse(Files.exists(sub.resolve("o.csv")));
    }

    @Test
    void aFailedConversionLeavesNoFile() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("failed"));
        Path empty = write(sub.resolve("empty.csv"), List.of("epoch (ms),time (01:00),elapsed (s),x-axis (g),"
                + "y-axis (g),z-axis (g)"));
        Path out = sub.resolve("out.csv");

        CliRun r = run("convert", empty, "-o", out);

        // The format was found before the file turned out empty: that line, then the one-line error.
        assertNoStackTrace(r);
        assertEquals(2, r.code(), r.err());
        List<String> err = r.err().lines().toList();
        assertEquals(2, err.size(), r.err());
        assertTrue(err.get(0).startsWith("format: MetaWear accelerometer export"), r.err());
        assertTrue(err.get(1).startsWith("reptempo: ") && err.get(1).contains("no samples"), r.err());
        try (var files = Files.list(sub)) {
            assertEquals(List.of(empty), files.toList());
        }
    }

    // ---- phyphox ---------------------------------------------------------------------------------------------

    @Test
    void phyphoxWithSemicolonsAndDecimalCommasIsAnalysed() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("\"Time (s)\";\"Acceleration x (m/s^2)\";\"Acceleration y (m/s^2)\";\"Acceleration z (m/s^2)\";"
                + "\"Gyroscope x (rad/s)\";\"Gyroscope y (rad/s)\";\"Gyroscope z (rad/s)\"");
        for (Sample s : set) {
            lines.add(String.format(Locale.ROOT, "%.9E;%.9E;%.9E;%.9E;%.9E;%.9E;%.9E", s.t(), s.ax(), s.ay(), s.az(),
                    s.gx(), s.gy(), s.gz()).replace('.', ','));
        }
        Path file = write(dir.resolve("Raw Data.csv"), lines);

        CliRun r = run("analyze", file, "--exercise", "bench-press");

        assertAnalysed(r);
        assertTrue(r.err().startsWith("format: phyphox \"Acceleration with g\" export (semicolon-separated, 200 Hz) "
                + "with gyroscope"), r.err());
    }

    @Test
    void phyphoxLinearAccelerationIsRefused() throws IOException {
        Path file = write(dir.resolve("linear.csv"), List.of("\"Time (s)\",\"Linear Acceleration x (m/s^2)\","
                + "\"Linear Acceleration y (m/s^2)\",\"Linear Acceleration z (m/s^2)\"", "0.0,0.1,0.0,0.0"));

        assertUserError(run("analyze", file, "--exercise", "bench-press"), "Linear Acceleration",
                "\"Acceleration with g\"");
    }

    @Test
    void phyphoxWithoutAccelerationIsRefused() throws IOException {
        Path file = write(dir.resolve("magnet.csv"), List.of("\"Time (s)\",\"Magnetic field x (µT)\","
                + "\"Magnetic field y (µT)\",\"Magnetic field z (µT)\"", "0.0,20.1,3.0,-40.0"));

        assertUserError(run("analyze", file, "--exercise", "bench-press"), "no acceleration columns");
    }

    // ---- any other CSV ---------------------------------------------------------------------------------------

    @Test
    void columnsMappingWithMillisecondsAndG() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("sample,time_ms,accX,accY,accZ");
        int i = 0;
        for (Sample s : set) {
            lines.add(String.format(Locale.ROOT, "%d,%d,%.5f,%.5f,%.5f", i++, 5000 + Math.round(s.t() * 1000),
                    s.ax() / G, s.ay() / G, s.az() / G));
        }
        Path file = write(dir.resolve("logger.csv"), lines);

        CliRun r = run("analyze", file, "--exercise", "bench-press", "--columns",
                "t=TIME_MS,ax=accx,ay=accy,az=accz", "--units", "g", "--time-units", "ms");

        assertAnalysed(r);
        assertTrue(r.err().startsWith("format: CSV read through --columns t=TIME_MS,ax=accx,ay=accy,az=accz"),
                r.err());
        // Without the mapping the header is not a known format.
        assertUserError(run("analyze", file, "--exercise", "bench-press"), "not a format reptempo knows",
                "MetaWear", "phyphox", "--columns t=sample,ax=time_ms,ay=accX,az=accY");
    }

    @Test
    void malformedColumnsOption() throws IOException {
        assertUserError(run("analyze", accel, "--exercise", "bench-press", "--columns", "t=time,ax=x"), "--columns",
                "missing ay, az");
    }

    @Test
    void unknownHeaderWithoutColumns() throws IOException {
        Path file = write(dir.resolve("unknown.csv"), List.of("Zeit;Beschl. X;Beschl. Y;Beschl. Z", "0;0;0;1"));

        assertUserError(run("analyze", file, "--exercise", "squat"), "--columns", "MetaWear", "phyphox");
    }
}
