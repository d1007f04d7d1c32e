package io.reptempo.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetaWearImporterTest {

    private static final double G = 9.80665;
    private static final double DEG = Math.PI / 180;

    @TempDir
    Path dir;

    private static RecordingSource open(Path file) throws Exception {
        return RecordingSource.open(file, ImportOptions.defaults());
    }

    private static List<Sample> read(RecordingSource source) throws Exception {
        CollectingSink sink = new CollectingSink();
        source.read(sink);
        assertEquals(1, sink.finishCalls);
        return sink.samples;
    }

    @Test
    void findsTheGyroscopeFileBesideAndInterpolatesItAtAccelerometerTimes() throws Exception {
        Path accel = MetaWearFiles.writePair(dir, 50);

        RecordingSource source = open(accel);
        List<Sample> samples = read(source);

        assertEquals(RecordingFormat.METAWEAR, source.format());
        assertTrue(source.hasGyro());
        assertEquals(50, samples.size());
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            // t from epoch ms, since the first accelerometer sample.
            assertEquals(i * 0.080, s.t(), 1e-12, "t of sample " + i);
            // g to m/s^2.
            assertEquals(0.01 * i * G, s.ax(), 1e-9);
            assertEquals(G, s.ay(), 1e-9);
            assertEquals(-0.05 * G, s.az(), 1e-9);
            // The ramp is i deg/s at accelerometer sample i, found between readings 20 ms either side.
            assertEquals(i * DEG, s.gx(), 1e-9, "gx of sample " + i);
            assertEquals(2 * DEG, s.gy(), 1e-9);
            assertEquals(-i * DEG, s.gz(), 1e-9);
        }
        assertEquals(List.of(), source.notes());
    }

    @Test
    void describesBothFilesWithTheirRates() throws Exception {
        RecordingSource source = open(MetaWearFiles.writePair(dir, 20));

        assertEquals("MetaWear accelerometer export (12.5 Hz) + gyroscope file " + MetaWearFiles.GYRO_NAME
                + " (25 Hz)", source.describe());
    }

    @Test
    void metadataFromTheNamesAndTheFirstEpoch() throws Exception {
        RecordingSource source = open(MetaWearFiles.writePair(dir, 20));

        Map<String, String> meta = source.metadata();
        assertEquals("metawear", meta.get("source_format"));
        assertEquals("C42732BE255C", meta.get("device"));
        assertEquals("12.5", meta.get("accel_rate_hz"));
        assertEquals("25", meta.get("gyro_rate_hz"));
        assertEquals(Long.toString(MetaWearFiles.START_EPOCH_MS), meta.get("start_epoch_ms"));
        // The time column's header names the phone's UTC offset.
        assertEquals("2019-01-11T16:10:08.431+01:00", meta.get("start_time"));
        ReadReport report = source.read(new CollectingSink());
        assertEquals("C42732BE255C", report.metadata().get("device").orElseThrow());
        assertTrue(report.hasGyro());
    }

    @Test
    void columnsAreFoundByPrefixWhateverTheTimeZone() throws Exception {
        List<String> lines = MetaWearFiles.accelLines(MetaWearFiles.START_EPOCH_MS, 10);
        lines.set(0, MetaWearFiles.ACCEL_HEADER.replace("time (01:00)", "time (-05:00)"));
        Path accel = MetaWearFiles.write(dir.resolve("other.csv"), lines);

        RecordingSource source = open(accel);

        assertEquals("2019-01-11T10:10:08.431-05:00", source.metadata().get("start_time"));
        assertEquals(10, read(source).size());
    }

    @Test
    void withoutAGyroscopeFileTheAccelerometerIsReadAloneAndTheRateMeasured() throws Exception {
        Path accel = MetaWearFiles.write(dir.resolve("export.csv"),
                MetaWearFiles.accelLines(MetaWearFiles.START_EPOCH_MS, 30));

        RecordingSource source = open(accel);
        List<Sample> samples = read(source);

        assertFalse(source.hasGyro());
        assertFalse(samples.get(0).hasGyro());
        assertEquals("12.5", source.metadata().get("accel_rate_hz"));
        assertTrue(source.describe().contains("no gyroscope file"), source.describe());
    }

    @Test
    void explicitGyroscopeFileWithAnyName() throws Exception {
        Path accel = MetaWearFiles.write(dir.resolve("acc.csv"),
                MetaWearFiles.accelLines(MetaWearFiles.START_EPOCH_MS, 20));
        Path other = Files.createDirectory(dir.resolve("elsewhere"));
        Path gyro = MetaWearFiles.write(other.resolve("g.csv"), MetaWearFiles.gyroLines(MetaWearFiles.START_EPOCH_MS, 42));

        RecordingSource source = RecordingSource.open(accel, ImportOptions.defaults().withGyroFile(gyro));
        List<Sample> samples = read(source);

        assertTrue(source.hasGyro());
        assertEquals(7 * DEG, samples.get(7).gx(), 1e-9);
        assertEquals("25", source.metadata().get("gyro_rate_hz"));
    }

    @Test
    void explicitGyroscopeFileWinsOverTheOneBeside() throws Exception {
        Path accel = MetaWearFiles.writePair(dir, 20);
        Path other = Files.createDirectory(dir.resolve("elsewhere"));
        List<String> lines = new ArrayList<>(MetaWearFiles.gyroLines(MetaWearFiles.START_EPOCH_MS, 42));
        for (int j = 1; j < lines.size(); j++) {
            // Same times, gx doubled.
            String[] f = lines.get(j).split(",");
            lines.set(j, String.join(",", f[0], f[1], f[2], Double.toString(2 * Double.parseDouble(f[3])), f[4], f[5]));
        }
        Path gyro = MetaWearFiles.write(other.resolve("g.csv"), lines);

        List<Sample> samples = read(RecordingSource.open(accel, ImportOptions.defaults().withGyroFile(gyro)));

        assertEquals(2 * 5 * DEG, samples.get(5).gx(), 1e-9);
    }

    @Test
    void gyroscopeGapsLongerThanHalfASecondHoldTheNearestReadingAndAreCounted() throws Exception {
        List<String> gyro = new ArrayList<>(MetaWearFiles.gyroLines(MetaWearFiles.START_EPOCH_MS, 62));
        // Readings 21..40 lost: a gap of 840 ms around accelerometer samples 11..19.
        gyro.subList(22, 41).clear();
        MetaWearFiles.write(dir.resolve(MetaWearFiles.GYRO_NAME), gyro);
        Path accel = MetaWearFiles.write(dir.resolve(MetaWearFiles.ACCEL_NAME),
                MetaWearFiles.accelLines(MetaWearFiles.START_EPOCH_MS, 30));

        RecordingSource source = open(accel);
        List<Sample> samples = read(source);

        // Sample 12 (at 960 ms) is nearest reading 20 (at 740 ms, x = 9.25 deg/s), not interpolated to 12.
        assertEquals(9.25 * DEG, samples.get(12).gx(), 1e-9);
        // Sample 18 (at 1440 ms) is nearest reading 40 (at 1540 ms, x = 19.25 deg/s).
        assertEquals(19.25 * DEG, samples.get(18).gx(), 1e-9);
        // Outside the gap interpolation goes on.
        assertEquals(25 * DEG, samples.get(25).gx(), 1e-9);
        assertEquals(1, source.notes().size(), source.notes().toString());
        String note = source.notes().get(0);
        assertTrue(note.startsWith("10 accelerometer sample(s) fall in gaps of more than 0.5 s"), note);
    }

    @Test
    void badRowsAreSkippedAndCountedWithTheirLineNumbers() throws Exception {
        List<String> lines = new ArrayList<>(MetaWearFiles.accelLines(MetaWearFiles.START_EPOCH_MS, 40));
        lines.set(5, withField(lines.get(5), 5, "abc"));                   // line 6: z not a number
        lines.set(10, "1547219409151,2019-01-11T16:10:09.151,0.720,0.1");  // line 11: too few fields
        lines.set(15, lines.get(14));                                       // line 16: time repeats line 15
        lines.set(20, withField(lines.get(20), 3, "NaN"));                  // line 21: x is NaN
        lines.set(25, withField(lines.get(25), 1, "garbled"));             // line 26: the time text is not read
        Path accel = MetaWearFiles.write(dir.resolve("bad.csv"), lines);

        CollectingSink sink = new CollectingSink();
        ReadReport report = open(accel).read(sink);

        assertEquals(40, report.totalRows());
        assertEquals(36, report.acceptedRows());
        assertEquals(4, report.skippedRows());
        assertEquals(1, report.skipped(SkipReason.NOT_A_NUMBER));
        assertEquals(1, report.skipped(SkipReason.WRONG_FIELD_COUNT));
        assertEquals(1, report.skipped(SkipReason.TIME_NOT_INCREASING));
        assertEquals(1, report.skipped(SkipReason.NOT_FINITE));
        List<String> w = report.warnings();
        assertTrue(w.get(0).startsWith("line 6: z-axis (g) is not a number: \"abc\""), w.toString());
        assertTrue(w.get(1).startsWith("line 11: expected 6 fields as in the header on line 1, found 4"), w.toString());
        assertTrue(w.get(2).startsWith("line 16: timestamp 1547219409471 is not after 1547219409471"), w.toString());
        assertTrue(w.get(3).startsWith("line 21: x-axis (g) value \"NaN\" is not a finite number"), w.toString());
        assertEquals(36, sink.samples.size());
    }

    private static String withField(String row, int field, String text) {
        String[] f = row.split(",", -1);
        f[field] = text;
        return String.join(",", f);
    }

    @Test
    void gyroscopeFileGivenAsTheMainFileIsRefused() throws Exception {
        MetaWearFiles.writePair(dir, 20);

        RecordingFormatException e = assertThrows(RecordingFormatException.class,
                () -> open(dir.resolve(MetaWearFiles.GYRO_NAME)));

        assertTrue(e.getMessage().startsWith("this is a gyroscope file; give the accelerometer file "
                + MetaWearFiles.ACCEL_NAME + ", its gyroscope file is found beside it"), e.getMessage());
    }

    @Test
    void gyroscopeFileWithoutItsAccelerometerGivesTheNamePattern() throws Exception {
        Path gyro = MetaWearFiles.write(dir.resolve("g.csv"), MetaWearFiles.gyroLines(MetaWearFiles.START_EPOCH_MS, 9));

        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> open(gyro));

        assertTrue(e.getMessage().contains("..._Accelerometer_...csv"), e.getMessage());
    }

    @Test
    void filesOfDifferentRecordingsAreRefused() throws Exception {
        // The gyroscope file beside it was recorded an hour later.
        MetaWearFiles.write(dir.resolve(MetaWearFiles.GYRO_NAME),
                MetaWearFiles.gyroLines(MetaWearFiles.START_EPOCH_MS + 3_600_000, 42));
        Path accel = MetaWearFiles.write(dir.resolve(MetaWearFiles.ACCEL_NAME),
                MetaWearFiles.accelLines(MetaWearFiles.START_EPOCH_MS, 20));

        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> open(accel));

        assertTrue(e.getMessage().contains("different recordings"), e.getMessage());
        assertTrue(e.getMessage().contains("do not overlap"), e.getMessage());
        assertTrue(e.getMessage().contains("--gyro"), e.getMessage());
    }

    @Test
    void overlapOfLessThanHalfTheAccelerometerSpanIsRefused() throws Exception {
        // Accelerometer 0..3.92 s; gyroscope from 2.94 s on: under a third of it is shared.
        MetaWearFiles.write(dir.resolve(MetaWearFiles.GYRO_NAME),
                MetaWearFiles.gyroLines(MetaWearFiles.START_EPOCH_MS + 3000, 100));
        Path accel = MetaWearFiles.write(dir.resolve(MetaWearFiles.ACCEL_NAME),
                MetaWearFiles.accelLines(MetaWearFiles.START_EPOCH_MS, 50));

        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> open(accel));

        assertTrue(e.getMessage().contains("overlap for only 1.0 s"), e.getMessage());
    }

    @Test
    void explicitGyroscopeThatIsNotOneIsRefused() throws Exception {
        Path accel = MetaWearFiles.write(dir.resolve("acc.csv"),
                MetaWearFiles.accelLines(MetaWearFiles.START_EPOCH_MS, 20));
        Path phyphox = dir.resolve("phone.csv");
        Files.writeString(phyphox, "\"Time (s)\",\"Acceleration x (m/s^2)\",\"Acceleration y (m/s^2)\","
                + "\"Acceleration z (m/s^2)\"\n0,0,0,9.8\n");
        Path notCsv = dir.resolve("notes.txt");
        Files.writeString(notCsv, "shopping list\n");

        for (Path wrong : List.of(accel, phyphox, notCsv)) {
            RecordingFormatException e = assertThrows(RecordingFormatException.class,
                    () -> RecordingSource.open(accel, ImportOptions.defaults().withGyroFile(wrong)));
            assertTrue(e.getMessage().startsWith("--gyro " + wrong + " is not a MetaWear gyroscope file"),
                    e.getMessage());
        }
        RecordingFormatException missing = assertThrows(RecordingFormatException.class,
                () -> RecordingSource.open(accel, ImportOptions.defaults().withGyroFile(dir.resolve("nope.csv"))));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
    }

    @Test
    void gyroOptionWithAnotherFormatIsRefused() throws Exception {
        Path project = dir.resolve("rec.csv");
        Files.writeString(project, "t,ax,ay,az\n0,0,0,9.8\n");
        Path gyro = MetaWearFiles.write(dir.resolve("g.csv"), MetaWearFiles.gyroLines(MetaWearFiles.START_EPOCH_MS, 9));

        RecordingFormatException e = assertThrows(RecordingFormatException.class,
                () -> RecordingSource.open(project, ImportOptions.defaults().withGyroFile(gyro)));

        assertTrue(e.getMessage().contains("only goes with a MetaWear accelerometer export"), e.getMessage());
    }
}
