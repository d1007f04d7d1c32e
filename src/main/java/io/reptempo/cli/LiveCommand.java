package io.reptempo.cli;

import io.reptempo.live.ConsoleView;
import io.reptempo.live.CueOutput;
import io.reptempo.live.InPlaceScreen;
import io.reptempo.live.LiveCues;
import io.reptempo.live.LiveOutput;
import io.reptempo.live.LiveStatusTracker;
import io.reptempo.live.PortProbe;
import io.reptempo.live.TerminalDisplay;
import io.reptempo.live.TerminalView;
import io.reptempo.live.VelocityLossAdvice;
import io.reptempo.live.EventLog;
import io.reptempo.live.LinkStatus;
import io.reptempo.live.PortLister;
import io.reptempo.live.SerialLink;
import io.reptempo.live.StopAfter;
import io.reptempo.live.StopSwitch;
import io.reptempo.window.LiveWindow;
import io.reptempo.window.NoDisplayException;
import io.reptempo.chart.MotionTraceRecorder;
import io.reptempo.report.Session;
import io.reptempo.report.SessionReport;
import io.reptempo.sensor.SampleSink;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
            "  reptempo live --port /dev/ttyACM0 --exercise squat --target-tempo 3-1-1-0 --record set.csv",
            "  reptempo live --port auto --exercise bench-press --mode eccentric-only --events events.jsonl",
            "  reptempo live --port auto --exercise squat --target-tempo 4-1-1-0 --metronome --stop-at-velocity-loss 20",
            "  reptempo live --replay samples/bench-tempo.csv --exercise bench-press --target-tempo 3-1-1-0",
            "  reptempo live --replay samples/eccentric-only.csv --speed 4 --exercise bench-press "
                + "--mode eccentric-only --events events.jsonl --record copy.csv",
            "  reptempo live --port auto --exercise squat --target-tempo 3-1-1-0 --gui --report today/"})
public final class LiveCommand implements Callable<Integer> {
    /** Link changes that leave a seam in the recording's timeline, marked there with a note. */
    private static final Set<LinkStatus> MARKED_IN_RECORDING = EnumSet.of(LinkStatus.SENSOR_LOST,
            LinkStatus.SENSOR_BACK, LinkStatus.DEVICE_RESTARTED);

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PATH|auto",
            description = {"The sensor's serial port (see 'reptempo ports'), or auto: listen to every port for "
                + "1.5 s and take the one that sends the sensor protocol.", "Example: --port /dev/ttyACM0"})
    String port;

    @Option(names = "--baud", paramLabel = "RATE", defaultValue = "115200",
            description = {"Serial speed the sensor sends at. Default: ${DEFAULT-VALUE}.", "Example: --baud 921600"})
    int baud;

    @Option(names = "--replay", paramLabel = "FILE",
            description = {"Instead of a sensor, play a recording as if it came from one, at its own pace.",
                "Example: --replay samples/bench-tempo.csv"})
    Path replay;

    @Option(names = "--stop-after", paramLabel = "SECONDS",
            description = {"End the set after this many seconds of sensor time (otherwise Ctrl-C ends it).",
                "Example: --stop-after 90"})
    Double stopAfter;

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
        + "start and end, rep, flag and advice, with sample and wall-clock times.", "Example: --events events.jsonl"})
    Path eventsFile;

    @Option(names = "--gui", description = {"Show the set in a window: the current phase and its timer, the moving "
        + "trace, the last rep's tempo against the target, the reps and their flags. Closing the window ends the "
        + "set like Ctrl-C. Needs a display."})
    boolean gui;

    @Option(names = "--report", paramLabel = "DIR", description = {"When the set ends, write into DIR what "
        + "'reptempo report' writes for the same samples: report.html, report.pdf, reps.csv, session.json and the "
        + "charts.", "Example: --report today/"})
    Path reportDir;

    @Mixin
    LiveViewOptions viewOptions;

    /** The terminal and speaker (tests pass a fake one). */
    LiveOutput output = LiveOutput.system();
    /** The ports {@code --port auto} listens to (tests pass pseudo-terminals). */
    Supplier<List<String>> autoCandidates = () -> PortLister.list().stream().map(PortLister.Port::path).toList();

    @Override
    public Integer call() throws UserError {
        if ((port == null) == (replay == null)) {
            throw new UserError("say where the samples come from: --port PATH (or --port auto) for a sensor, "
                    + "or --replay FILE for a recording");
        }
        if (speed < 0) {
            throw new UserError("--speed must be 0 (as fast as possible) or more");
        }
        if (reportDir != null && Files.exists(reportDir) && !Files.isDirectory(reportDir)) {
            throw new UserError("--report " + reportDir + " is a file; give a folder");
        }
        if (!gui && reportDir != null && System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // the report's charts need no display
        }
        Map<String, String> meta = replay != null ? RecordingAnalysis.peekMetadata(replay) : Map.of();
        AnalysisSettings settings = exercise.settings(meta.get("exercise"));
        viewOptions.check(settings);
        PrintWriter out = spec.commandLine().getOut();
        boolean terminal = !viewOptions.plain && output.interactive();
        if (viewOptions.metronome && !terminal) {
            spec.commandLine().getErr().println("reptempo: note: the metronome sounds only in the terminal view "
                    + "(output is not a terminal, or --plain)");
        }
        LiveStatusTracker status = new LiveStatusTracker();
        Consumer<LiveEvent> view = terminal ? status : new ConsoleView(out);
        EventLog log = null;
        try {
            if (eventsFile != null) {
                log = new EventLog(eventsFile, System::currentTimeMillis);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + eventsFile + ": " + e.getMessage());
        }
        EventLog logRef = log;
        cueOutput = terminal && !viewOptions.noSound ? output.cues().apply(out) : CueOutput.none();
        LiveCues cues = new LiveCues(cueOutput, viewOptions.eccentricTicks(settings));
        Consumer<LiveEvent> events = e -> {
            view.accept(e);
            cues.accept(e);
            if (logRef != null) {
                logRef.accept(e);
            }
            if (window != null) {
                window.events().accept(e);
            }
        };
        Map<String, String> recordMeta = new LinkedHashMap<>();
        recordMeta.put("exercise", settings.exercise().name());
        recordMeta.put("source", replay != null ? "replay of " + replay.getFileName() : "serial " + port);
        Recorder recorder = record == null ? null : new Recorder(record, recordMeta);
        window = gui ? openWindow(settings) : null;
        LiveSession session = new LiveSession(settings, viewOptions.stopAtVelocityLoss == null ? events
                : new VelocityLossAdvice(viewOptions.stopAtVelocityLoss, events), recorder);
        head = cues.watching(session);
        if (window != null) {
            window.attach(session);
        }
        if (reportDir != null) {
            session.engine().addListener(reportTrace);
        }
        if (terminal) {
            display = new TerminalDisplay(new InPlaceScreen(out), new TerminalView(settings.exercise().name()),
                    output.width(), () -> status.snapshot(session.newestSampleTime(), link == null ? null
                    : link.stats()), TerminalDisplay.REDRAW_MILLIS);
        }
        sourceName = replay != null ? replay.getFileName().toString() : port;
        try {
            return replay != null ? replay(session, recorder, logRef, out) : stream(session, recorder, logRef, out, events);
        } catch (UserError e) {
            if (window != null) {
                window.close(); // the message goes to the terminal; an empty window would only hide it
            }
            throw e;
        }
    }

    private String sourceName;
    private boolean ended;
    /** Where samples enter: the session, behind the metronome's watch. */
    private SampleSink head;
    private CueOutput cueOutput;
    private TerminalDisplay display;
    private volatile SerialLink link;
    private LiveWindow window;
    private final MotionTraceRecorder reportTrace = new MotionTraceRecorder();
    /** What closing the window does: set by the replay or the stream once it knows how to end the set. */
    private volatile Runnable endFromWindow = () -> { };

    private LiveWindow openWindow(AnalysisSettings settings) throws UserError {
        try {
            return LiveWindow.open(settings, replay != null ? replay.getFileName().toString() : port,
                    () -> endFromWindow.run());
        } catch (NoDisplayException e) {
            throw new UserError("--gui needs a display: " + e.getMessage() + ". Leave out --gui to follow the set "
                    + "in the terminal.");
        }
    }

    private int replay(LiveSession session, Recorder recorder, EventLog log, PrintWriter out) throws UserError {
        ReadReport[] report = new ReadReport[1];
        // Ctrl-C ends the set: the reports are written from the samples received so far.
        Thread hook = new Thread(() -> {
            closeView();
            end(session, recorder, log, report[0]);
        }, "reptempo-live-end");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Replaying " + replay.getFileName() + " (" + session.engine().settings().exercise().name()
                + "); hold still to calibrate. Ctrl-C ends the set.");
        out.flush();
        startView();
        try {
            RecordingSource source = RecordingSource.open(replay, input.importOptions());
            SampleSink sink = new PacedSink(head, speed);
            StopSwitch closing = new StopSwitch(stopAfter == null ? sink : new StopAfter(sink, stopAfter));
            endFromWindow = closing::stop;
            if (window != null && window.isClosed()) {
                closing.stop(); // closed before the replay began
            }
            report[0] = source.read(closing);
        } catch (RecordingFormatException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            closeView();
            throw new UserError(replay + ": " + e.getMessage());
        } catch (IOException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            closeView();
            throw new UserError("could not read " + replay + ": " + e.getMessage());
        }
        Runtime.getRuntime().removeShutdownHook(hook);
        session.finish();
        closeView();
        return finish(session, recorder, log, report[0], out);
    }

    private int stream(LiveSession session, Recorder recorder, EventLog log, PrintWriter out,
                       Consumer<LiveEvent> events) throws UserError {
        String path;
        try {
            path = "auto".equalsIgnoreCase(port) ? autoPort(out) : port;
        } catch (UserError e) {
            closeView();
            throw e;
        }
        sourceName = path;
        StopAfter limit = stopAfter == null ? null : new StopAfter(head, stopAfter);
        SerialLink link = new SerialLink(path, baud, limit == null ? head : limit, (status, message) -> {
            events.accept(LiveEvent.status(status.name().toLowerCase(Locale.ROOT), message, session.newestSampleTime()));
            if (recorder != null && MARKED_IN_RECORDING.contains(status)) {
                // The recording's timeline has a seam here; say so in the file.
                recorder.note(String.format(Locale.ROOT, "%s at %.3f s: %s", status.name().toLowerCase(Locale.ROOT),
                        session.newestSampleTime(), message));
            }
        });
        this.link = link;
        Object done = new Object();
        boolean[] stop = {false};
        // Ctrl-C ends the set and exits normally; the shutdown hook covers a kill.
        Runnable stopNow = () -> {
            synchronized (done) {
                stop[0] = true;
                done.notifyAll();
            }
        };
        Thread hook = new Thread(() -> {
            link.close();
            closeView();
            end(session, recorder, log, null);
        }, "reptempo-live-end");
        Runtime.getRuntime().addShutdownHook(hook);
        Interrupts.onCtrlC(stopNow);
        endFromWindow = stopNow;
        if (window != null && window.isClosed()) {
            stopNow.run(); // closed before the stream began
        }
        out.println("Listening on " + path + " at " + baud + " baud (" + session.engine().settings().exercise().name()
                + "); hold still to calibrate. Ctrl-C ends the set.");
        out.flush();
        startView();
        link.start();
        synchronized (done) {
            while (!stop[0] && link.status() != LinkStatus.FAILED && (limit == null || !limit.reached())) {
                try {
                    done.wait(100);
                } catch (InterruptedException e) {
                    break;
                }
            }
        }
        link.close();
        Runtime.getRuntime().removeShutdownHook(hook);
        closeView();
        out.println("Link: " + link.stats().summary());
        return finish(session, recorder, log, null, out);
    }

    /** The single port that sends the sensor protocol, or a message saying what each port sent. */
    private String autoPort(PrintWriter out) throws UserError {
        List<String> candidates;
        try {
            candidates = autoCandidates.get();
        } catch (IllegalStateException e) {
            throw new UserError("--port auto: " + e.getMessage() + "; name the port with --port PATH");
        }
        if (candidates.isEmpty()) {
            throw new UserError("--port auto: no serial ports at all (is the sensor plugged in?)");
        }
        out.println("Listening to " + candidates.size() + (candidates.size() == 1 ? " port" : " ports")
                + " for a sensor ...");
        out.flush();
        List<PortProbe.Result> results = PortProbe.probe(candidates, baud, PortProbe.DEFAULT_WINDOW_MILLIS);
        List<PortProbe.Result> sensors = results.stream().filter(PortProbe.Result::speaksProtocol).toList();
        if (sensors.size() == 1) {
            out.println("Found the sensor on " + sensors.get(0).path() + ": " + sensors.get(0).seen());
            return sensors.get(0).path();
        }
        String seen = results.stream().map(r -> r.path() + ": " + r.seen()).collect(Collectors.joining("; "));
        throw new UserError("--port auto: " + (sensors.isEmpty() ? "no port sends the sensor protocol"
                : sensors.size() + " ports send the sensor protocol") + " (listened " + PortProbe.DEFAULT_WINDOW_MILLIS
                + " ms at " + baud + " baud); " + seen + ". Name one with --port PATH.");
    }

    private void startView() {
        if (display != null) {
            display.start();
        }
    }

    /** Stops redrawing (the last frame stays) and the cues; before anything else is printed. */
    private void closeView() {
        if (display != null) {
            display.close();
        }
        if (cueOutput instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                // Sound going away at the end needs no message.
            }
        }
    }

    private int finish(LiveSession session, Recorder recorder, EventLog log, ReadReport report, PrintWriter out)
            throws UserError {
        String problem = end(session, recorder, log, report);
        if (problem != null) {
            throw new UserError(problem);
        }
        SetResult result = session.result();
        out.printf("Set over: %d reps, average tempo %s.%n", result.summary().repCount(),
                result.summary().repCount() == 0 ? "-" : result.summary().averageTempo());
        if (reportDir != null) {
            out.println("Wrote the report into " + reportDir);
        }
        out.flush();
        if (window != null && !window.isClosed()) {
            out.println("Close the window to exit.");
            out.flush();
            try {
                window.awaitClosed();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return 0;
    }

    /** Finishes the set and writes everything; returns a problem to report, or null. */
    private synchronized String end(LiveSession session, Recorder recorder, EventLog log, ReadReport report) {
        if (ended) {
            return null;
        }
        ended = true;
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
            SourceInfo source = new SourceInfo(sourceName, session.sampleCount(),
                    report == null ? 0 : report.skippedRows(), session.engine().gapCount(),
                    session.sampleCount() > 0 ? session.engine().lastSampleTime() : 0,
                    report == null ? Map.of() : report.metadata().values());
            if (json != null) {
                SetJson.write(session.result(), source, json);
            }
            if (csv != null) {
                RepCsv.write(session.result(), csv);
            }
            if (reportDir != null) {
                // The same Session the report command builds, from the same engine's result and trace.
                String read = report != null ? report.summary() : session.sampleCount() + " samples received";
                SessionReport.write(new Session(replay != null ? replay : record, session.result(), source, read,
                        reportTrace.trace()), reportDir);
            }
        } catch (IOException e) {
            problem = "could not write the report: " + e.getMessage();
        }
        return problem;
    }
}
