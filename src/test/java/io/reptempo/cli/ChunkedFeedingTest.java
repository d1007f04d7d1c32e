package io.reptempo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.engine.TempoEngine;
import io.reptempo.report.SetJson;
import io.reptempo.report.SourceInfo;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.sensor.CsvRecordingReader;
import io.reptempo.sensor.ReadReport;
import io.reptempo.sensor.ReaderOptions;
import io.reptempo.sensor.RecordingFormatException;
import io.reptempo.sensor.RecordingParser;
import io.reptempo.sensor.RecordingWriter;
import io.reptempo.sensor.Sample;
import io.reptempo.sim.HandTremor;
import io.reptempo.sim.RepTruth;
import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SimulatedSet;
import io.reptempo.sim.SimulationOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One engine for live and offline: a file read whole and the same text arriving in random pieces, as from a
 * serial port, must give byte-identical analyses.
 */
class ChunkedFeedingTest {

    private static final int MAX_CHUNK = 8 * 1024;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} seed {1}")
    @CsvSource({
        // Seeds where the engine finds every rep of the truth, so the comparison covers real reps.
        "bench-tempo, 7, bench-press",
        "deadlift, 3, deadlift",
        "curl-gyro, 2, biceps-curl",
        // A wristband: 12.5 Hz, never still, starting inside the first rep, so measured without rests.
        "wrist-squat, 4, squat",
    })
    void wholeAndChunkedReadingGiveTheSameAnalysis(String scenario, long seed, String exercise)
            throws IOException, RecordingFormatException {
        Path csv = dir.resolve(scenario + ".csv");
        if (scenario.equals("wrist-squat")) {
            writeWristLikeSquats(seed, csv);
        } else {
            SetSimulator.writeRecording(Scenario.fromId(scenario), seed, SimulationOptions.defaults(), csv);
        }
        AnalysisSettings settings = AnalysisSettings.defaults(ExerciseProfile.preset(exercise));

        // (a) The file, as analyze reads it.
        TempoEngine whole = new TempoEngine(settings);
        ReadReport wholeReport = CsvRecordingReader.read(csv, ReaderOptions.defaults(), whole);
        whole.finish();

        // (b) The same text in random pieces, each from a buffer that is scribbled over once handed in.
        TempoEngine chunked = new TempoEngine(settings);
        RecordingParser parser = new RecordingParser(ReaderOptions.defaults(), chunked);
        char[] text = Files.readString(csv, StandardCharsets.UTF_8).toCharArray();
        Random random = new Random(seed * 31 + 7);
        int maxChunk = Math.min(MAX_CHUNK, text.length / 50); // a short recording still comes in many pieces
        int pieces = 0;
        for (int off = 0; off < text.length; ) {
            // Log-uniform sizes: single characters are as common as whole kilobytes.
            int size = (int) Math.exp(random.nextDouble() * Math.log(maxChunk + 1));
            size = Math.max(1, Math.min(size, Math.min(maxChunk, text.length - off)));
            char[] piece = Arrays.copyOfRange(text, off, off + size);
            parser.accept(piece, 0, size);
            Arrays.fill(piece, '9');
            off += size;
            pieces++;
        }
        ReadReport chunkedReport = parser.finish();
        chunked.finish();
        assertTrue(pieces > 100, "only " + pieces + " pieces");

        // (c) The samples read back from the file, pushed into an engine one by one as a live source would.
        List<Sample> samples = new ArrayList<>();
        CsvRecordingReader.read(csv, ReaderOptions.defaults(), samples::add);
        TempoEngine pushed = new TempoEngine(settings);
        samples.forEach(pushed::accept);
        pushed.finish();

        assertEquals(scenario.equals("wrist-squat"), whole.isRestFree(), "measured without rests");
        assertEquals(wholeReport, chunkedReport);
        assertEquals(whole.sampleCount(), chunked.sampleCount());
        assertEquals(whole.sampleCount(), pushed.sampleCount());
        assertEquals(whole.gapCount(), chunked.gapCount());
        assertTrue(whole.result().reps().size() > 0, "no reps: nothing to compare");
        // The same source for all, so the texts differ only if the analyses do.
        SourceInfo source = new SourceInfo(csv.getFileName().toString(), wholeReport.acceptedRows(),
                wholeReport.skippedRows(), whole.gapCount(), whole.lastSampleTime(),
                wholeReport.metadata().values());
        String expected = SetJson.toText(whole.result(), source);
        assertEquals(expected, SetJson.toText(chunked.result(), source));
        assertEquals(expected, SetJson.toText(pushed.result(), source));
    }

    /** Squats as a wrist-worn 12.5 Hz sensor records them: cut from inside the first rep, with hand tremor. */
    private static void writeWristLikeSquats(long seed, Path csv) throws IOException {
        SimulatedSet set = SetSimulator.simulate(Scenario.SQUAT_TOUCH_AND_GO, seed,
                SimulationOptions.defaults().withRateHz(12.5));
        List<RepTruth> reps = set.truth().reps();
        double from = reps.get(0).startS() + 0.3;
        double to = reps.get(reps.size() - 1).endS();
        HandTremor tremor = new HandTremor(seed);
        try (RecordingWriter out = new RecordingWriter(csv, Map.of("rate_hz", "12.5"), true)) {
            for (Sample s : set.samples()) {
                if (s.t() >= from && s.t() <= to) {
                    out.accept(tremor.add(s, s.t() - from));
                }
            }
        }
    }
}
