package io.reptempo.cli;

import io.reptempo.live.ConsoleView;
import io.reptempo.live.EventLog;
import io.reptempo.live.LiveEvent;
import io.reptempo.live.LiveSession;
import io.reptempo.live.PacedSink;
import io.reptempo.live.Recorder;
import io.reptempo.report.RepCsv;
import io.reptempo.report.SetJson;
import io.reptempo.report.SourceInfo;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.SetResult;
import io.reptempo.sensor.ReadReport;
import io.reptempo.sensor.RecordingFormatException;
import io.reptempo.sensor.RecordingSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reptempo live}: tempo feedback while the set runs, from a sensor stream. */
@Command(name = "live", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Live tempo feedback: phases as they start, each rep's tempo against the target, flags "
            + "in plain words. Ctrl-C ends the set and writes the reports exactly as 'analyze' would."},
        footer = {"", "Examples:",
            "  reptempo live --replay samples/bench-tempo.csv --exercise bench-press --target-tempo 3-1-1-0",
            "  reptempo live --replay samples/eccentric-only.csv --speed 4 --exercise bench-press "
                + "--mode eccentric-only --events events.jsonl --record copy.csv"})
public final class LiveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--replay", paramLabel = "FILE", required = true,
            description = {"Play a recording as if it came from the sensor, at its own pace.",
                "Example: --replay samples/bench-tempo.csv"})
    Path replay;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = {"Replay speed: 1 is real time, 4 four times faster, 0 as fast as possible. "
                + "Default: ${DEFAULT-VALUE}.", "Example: --speed 4"})
    double speed;

    @Mixin
    ExerciseOptions exercise;

    @Mixin
    InputOptions input;

    @Option(names = "--record", paramLabel = "FILE", description = {"Write every received sample to FILE as it "
        + "arrives (flushed every 200 ms).", "Example: --record set.csv"})
    Path record;

    @Option(names = "--json", paramLabel = "FILE", description = {"Write the set's analysis as JSON when it ends.",
        "Example: --json set.json"})
    Path json;

    @Option(names = "--csv", paramLabel = "FILE", description = {"Write one row per rep as CSV when it ends.",
        "Example: --csv reps.csv"})
    Path csv;

    @Option(names = "--events", paramLabel = "FILE", description = {"Write one JSON object per line for every phase "
        + "start and end, rep and flag, with sample and wall-clock times.", "Example: --events events.jsonl"})
    Path eventsFile;

    @Override
    public Integer call() throws UserError {
        if (speed < 0) {
            throw new UserError("--speed must be 0 (as fast as possible) or more");
        }
        Map<String, String> meta = RecordingAnalysis.peekMetadata(replay);
        AnalysisSettings settings = exercise.settings(meta.get("exercise"));
        PrintWriter out = spec.commandLine().getOut();
        ConsoleView view = new ConsoleView(out);
        EventLog log = null;
        try {
            if (eventsFile != null) {
                log = new EventLog(eventsFile, System::currentTimeMillis);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + eventsFile + ": " + e.getMessage());
        }
        EventLog logRef = log;
        Consumer<LiveEvent> events = e -> {
            view.accept(e);
            if (logRef != null) {
                logRef.accept(e);
            }
        };
        Map<String, String> recordMeta = new LinkedHashMap<>();
        recordMeta.put("exercise", settings.exercise().name());
        recordMeta.put("source", "replay of " + replay.getFileName());
        Recorder recorder = record == null ? null : new Recorder(record, recordMeta);
        LiveSession session = new LiveSession(settings, events, recorder);
        ReadReport[] report = new ReadReport[1];
        // Ctrl-C ends the set: the reports are written from the samples received so far.
        Thread hook = new Thread(() -> end(session, recorder, logRef, report[0]), "reptempo-live-end");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Replaying " + replay.getFileName() + " (" + settings.exercise().name() + "); hold still to "
                + "calibrate. Ctrl-C ends the set.");
        out.flush();
        try {
            RecordingSource source = RecordingSource.open(replay, input.importOptions());
            report[0] = source.read(new PacedSink(session, speed));
        } catch (RecordingFormatException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            throw new UserError(replay + ": " + e.getMessage());
        } catch (IOException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            throw new UserError("could not read " + replay + ": " + e.getMessage());
        }
        Runtime.getRuntime().removeShutdownHook(hook);
        String problem = end(session, recorder, logRef, report[0]);
        if (problem != null) {
            throw new UserError(problem);
        }
        SetResult result = session.result();
        out.printf("Set over: %d reps, average tempo %s.%n", result.summary().repCount(),
                result.summary().repCount() == 0 ? "-" : result.summary().averageTempo());
        out.flush();
        return 0;
    }

    /** Finishes the set and writes everything; returns a problem to report, or null. */
    private String end(LiveSession session, Recorder recorder, EventLog log, ReadReport report) {
        session.finish();
        String problem = null;
        if (recorder != null) {
            recorder.close();
            problem = recorder.problem();
        }
        try {
            if (log != null) {
                log.close();
            }
            SourceInfo source = new SourceInfo(replay.getFileName().toString(), session.sampleCount(),
                    report == null ? 0 : report.skippedRows(), session.engine().gapCount(),
                    session.sampleCount() > 0 ? session.engine().lastSampleTime() : 0,
                    report == null ? Map.of() : report.metadata().values());
            if (json != null) {
                SetJson.write(session.result(), source, json);
            }
            if (csv != null) {
                RepCsv.write(session.result(), csv);
            }
        } catch (IOException e) {
            problem = "could not write the report: " + e.getMessage();
        }
        return problem;
    }
}
