package io.reptempo.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.sensor.CsvRecordingReader;
import io.reptempo.sensor.ReadReport;
import io.reptempo.sensor.ReaderOptions;
import io.reptempo.sensor.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes in a live recording: where the sensor was lost and came back, between the rows, readable as notes. */
class RecorderNotesTest {

    @TempDir
    Path dir;

    @Test
    void aNoteLandsBetweenTheRowsAndReadsBackAsANote() throws Exception {
        Path file = dir.resolve("set.csv");
        Recorder recorder = new Recorder(file, Map.of("exercise", "squat"));
        recorder.note("before any sample: nothing to mark");
        for (int i = 0; i < 3; i++) {
            recorder.accept(Sample.accel(i * 0.01, 0, 0, 9.81));
        }
        recorder.note("sensor_lost at 0.020 s: the cable\nwas pulled");
        recorder.note("x".repeat(5000));
        for (int i = 3; i < 6; i++) {
            recorder.accept(Sample.accel(i * 0.01, 0, 0, 9.81));
        }
        recorder.close();

        List<String> lines = Files.readAllLines(file);
        int header = lines.indexOf("t,ax,ay,az");
        assertEquals("# sensor_lost at 0.020 s: the cable was pulled", lines.get(header + 4), lines.toString());
        assertEquals("# " + "x".repeat(1000), lines.get(header + 5));
        assertTrue(lines.stream().noneMatch(l -> l.contains("before any sample")));

        List<Sample> samples = new ArrayList<>();
        ReadReport report = CsvRecordingReader.read(file, ReaderOptions.defaults(), samples::add);
        assertEquals(6, samples.size());
        assertEquals(0, report.skippedRows());
        assertTrue(report.metadata().notes().contains("sensor_lost at 0.020 s: the cable was pulled"),
                report.metadata().notes().toString());
    }
}
