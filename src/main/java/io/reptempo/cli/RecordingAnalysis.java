package io.reptempo.cli;

import io.reptempo.engine.EngineListener;
import io.reptempo.engine.TempoEngine;
import io.reptempo.motion.BarEstimatorChooser;
import io.reptempo.report.SourceInfo;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.SetResult;
import io.reptempo.sensor.ImportOptions;
import io.reptempo.sensor.ReadReport;
import io.reptempo.sensor.ReaderOptions;
import io.reptempo.sensor.RecordingFormat;
import io.reptempo.sensor.RecordingFormatException;
import io.reptempo.sensor.RecordingSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Replays a recording file through the engine: the offline half of "one engine for both". */
public final class RecordingAnalysis {
    /** Metadata lines are only looked for in the first lines, before the header. */
    private static final int METADATA_PEEK_LINES = 64;

    /**
     * The analysed set and how the file read.
     *
     * @param format      the format detected
     * @param formatLine  one line describing it, e.g. "MetaWear accelerometer export (12.5 Hz) + gyroscope file ..."
     * @param importNotes what else the user should know about the import (e.g. gyroscope gaps)
     */
    public record Outcome(SetResult result, ReadReport readReport, SourceInfo source, RecordingFormat format,
                          String formatLine, List<String> importNotes) {
    }

    private RecordingAnalysis() {
    }

    /** Reads a recording in the project format (or any detected format) in the given units. */
    public static Outcome run(Path file, ReaderOptions options, AnalysisSettings settings) throws UserError {
        return run(file, ImportOptions.of(options), settings);
    }

    /** As {@link #run(Path, ReaderOptions, AnalysisSettings)}, with {@code extra} listening to the engine (charts). */
    public static Outcome run(Path file, ReaderOptions options, AnalysisSettings settings, EngineListener... extra)
            throws UserError {
        return run(file, ImportOptions.of(options), settings, null, extra);
    }

    /** Reads a recording in any format {@link RecordingSource} detects and runs it through the engine. */
    public static Outcome run(Path file, ImportOptions options, AnalysisSettings settings) throws UserError {
        return run(file, options, settings, null);
    }

    /**
     * Reads a recording in any format {@link RecordingSource} detects and runs it through the engine.
     *
     * @param err where to say which format was found (as soon as it is, so the user sees it even when the set
     *            then cannot be analysed) and what else the import noticed; null for silence
     * @param extra listeners added to the engine, e.g. the report's motion trace
     */
    public static Outcome run(Path file, ImportOptions options, AnalysisSettings settings, PrintWriter err,
                              EngineListener... extra) throws UserError {
        RecordingSource recording = open(file, options);
        if (err != null) {
            announceFormat(recording, err);
        }
        TempoEngine engine = new TempoEngine(settings);
        for (EngineListener l : extra) {
            engine.addListener(l);
        }
        ReadReport report;
        try {
            report = recording.read(engine);
        } catch (RecordingFormatException e) {
            throw new UserError(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UserError("could not read " + file + ": " + e.getMessage());
        }
        if (err != null) {
            announceNotes(recording, err);
        }
        engine.finish();
        SetResult result = engine.result();
        double duration = report.acceptedRows() > 0 ? engine.lastSampleTime() : 0;
        SourceInfo source = new SourceInfo(file.getFileName().toString(), report.acceptedRows(),
                report.skippedRows(), engine.gapCount(), duration, report.metadata().values());
        if (err != null && engine.isRestFree()) {
            err.println("note: the sensor was never still in the first " + (int) BarEstimatorChooser.DECIDE_SECONDS
                    + " s, so the set was measured without rests (as for a sensor worn on the wrist): rep counts "
                    + "hold, phase times and ranges are less exact. Hold the bar still for a second at the start "
                    + "for the best figures.");
            err.flush();
        }
        if (!engine.isCalibrated()) {
            throw new UserError(file + ": the sensor was never still for half a second, so gravity could not "
                    + "be found. Hold the sensor still for about a second at the start of the set.");
        }
        return new Outcome(result, report, source, recording.format(), recording.describe(), recording.notes());
    }

    /**
     * Says on stderr which format was found, e.g. {@code format: MetaWear accelerometer export (12.5 Hz) + ...}.
     * The project's own format goes unannounced: its users know what they gave, and a clean run keeps stderr empty.
     */
    static void announceFormat(RecordingSource recording, PrintWriter err) {
        if (recording.format() != RecordingFormat.REPTEMPO) {
            err.println("format: " + recording.describe());
            err.flush();
        }
    }

    /** What the import noticed beyond skipped rows (gyroscope gaps, a damaged gyroscope file), one line each. */
    static void announceNotes(RecordingSource recording, PrintWriter err) {
        recording.notes().forEach(err::println);
        err.flush();
    }

    /** Detects the format of a recording and opens it; every problem becomes a one-line {@link UserError}. */
    static RecordingSource open(Path file, ImportOptions options) throws UserError {
        checkReadable(file);
        try {
            return RecordingSource.open(file, options);
        } catch (RecordingFormatException e) {
            throw new UserError(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UserError("could not read " + file + ": " + e.getMessage());
        }
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

    static void checkReadable(Path file) throws UserError {
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
