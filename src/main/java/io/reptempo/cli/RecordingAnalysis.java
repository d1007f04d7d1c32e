package io.reptempo.cli;

import io.reptempo.engine.TempoEngine;
import io.reptempo.report.SourceInfo;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.SetResult;
import io.reptempo.sensor.CsvRecordingReader;
import io.reptempo.sensor.ReadReport;
import io.reptempo.sensor.ReaderOptions;
import io.reptempo.sensor.RecordingFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Replays a recording file through the engine: the offline half of "one engine for both". */
public final class RecordingAnalysis {
    /** Metadata lines are only looked for in the first lines, before the header. */
    private static final int METADATA_PEEK_LINES = 64;

    /** The analysed set and how the file read. */
    public record Outcome(SetResult result, ReadReport readReport, SourceInfo source) {
    }

    private RecordingAnalysis() {
    }

    public static Outcome run(Path file, ReaderOptions options, AnalysisSettings settings) throws UserError {
        checkReadable(file);
        TempoEngine engine = new TempoEngine(settings);
        ReadReport report;
        try {
            report = CsvRecordingReader.read(file, options, engine);
        } catch (RecordingFormatException e) {
            throw new UserError(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UserError("could not read " + file + ": " + e.getMessage());
        }
        engine.finish();
        SetResult result = engine.result();
        double duration = report.acceptedRows() > 0 ? engine.lastSampleTime() : 0;
        SourceInfo source = new SourceInfo(file.getFileName().toString(), report.acceptedRows(),
                report.skippedRows(), engine.gapCount(), duration, report.metadata().values());
        if (!engine.isCalibrated()) {
            throw new UserError(file + ": the sensor was never still for half a second, so gravity could not "
                    + "be found. Hold the sensor still for about a second at the start of the set.");
        }
        return new Outcome(result, report, source);
    }

    /** The {@code # key=value} lines at the top of a recording, e.g. the exercise. */
    public static Map<String, String> peekMetadata(Path file) throws UserError {
        checkReadable(file);
        Map<String, String> meta = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < METADATA_PEEK_LINES; i++) {
                String line = r.readLine();
                if (line == null) {
                    break;
                }
                line = line.strip();
                if (line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.startsWith("#")) {
                    if (!line.isEmpty()) {
                        break;
                    }
                    continue;
                }
                for (String word : line.substring(1).trim().split("\\s+")) {
                    int eq = word.indexOf('=');
                    if (eq > 0) {
                        meta.put(word.substring(0, eq), word.substring(eq + 1));
                    }
                }
            }
        } catch (IOException e) {
            // Unreadable as text (binary, bad encoding): the reader will say what is wrong.
        }
        return meta;
    }

    private static void checkReadable(Path file) throws UserError {
        if (!Files.exists(file)) {
            throw new UserError("no such file: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new UserError(file + " is a folder; give a recording file (.csv)");
        }
        if (!Files.isReadable(file)) {
            throw new UserError("cannot read " + file + " (permission denied)");
        }
    }
}
