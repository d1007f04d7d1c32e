package io.reptempo.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingSourceTest {

    @TempDir
    Path dir;

    @Test
    void projectFormatReadsAsCsvRecordingReaderDoes() throws Exception {
        Path p = dir.resolve("rec.csv");
        Files.writeString(p, "# exercise=squat rate_hz=100\nt,ax,ay,az,gx,gy,gz\n0,0,0,9.8,0,0,0\n"
                + "0.01,0.1,0,9.8,0.1,0,0\nbad\n", StandardCharsets.UTF_8);

        RecordingSource source = RecordingSource.open(p, ImportOptions.defaults());
        CollectingSink viaSource = new CollectingSink();
        ReadReport report = source.read(viaSource);
        CollectingSink direct = new CollectingSink();
        ReadReport expected = CsvRecordingReader.read(p, ReaderOptions.defaults(), direct);

        assertEquals(RecordingFormat.REPTEMPO, source.format());
        assertTrue(source.hasGyro());
        assertEquals("squat", source.metadata().get("exercise"));
        assertEquals(direct.samples, viaSource.samples);
        assertEquals(expected, report);
        assertEquals("reptempo recording with gyroscope", source.describe());
    }

    @Test
    void unitsOptionsApplyToTheProjectFormat() throws Exception {
        Path p = dir.resolve("rec.csv");
        Files.writeString(p, "t,ax,ay,az\n0,0,0,1\n10,0,0,1\n", StandardCharsets.UTF_8);

        CollectingSink sink = new CollectingSink();
        RecordingSource source = RecordingSource.open(p, ImportOptions.of(ReaderOptions.defaults()
                .withAccelUnits(ReaderOptions.AccelUnits.G).withTimeUnits(ReaderOptions.TimeUnits.MS)));
        source.read(sink);

        assertFalse(source.hasGyro());
        assertEquals(Sample.accel(0.01, 0, 0, 9.80665), sink.samples.get(1));
    }
}
