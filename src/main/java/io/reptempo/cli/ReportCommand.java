package io.reptempo.cli;

import io.reptempo.chart.MotionTraceRecorder;
import io.reptempo.report.ProgressReport;
import io.reptempo.report.Session;
import io.reptempo.report.SessionReport;
import io.reptempo.reps.AnalysisSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reptempo report}: HTML, PDF, CSV, JSON and charts for one set, or a progress report over several. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a report of a set: report.html (one self-contained page), report.pdf, reps.csv, "
            + "session.json (as analyze --json) and the charts as PNG and SVG (tempo, trace, velocity_rom).",
            "Several recordings, or a folder of .csv files, make a progress report instead: progress.html, "
                + "progress.pdf and progress.png/.svg across the sessions in date order (the recording's "
                + "'# date=' or 'start_time=', else the file time), and one sub-folder per session with its own report."},
        footer = {"", "Examples:",
            "  reptempo report samples/bench-tempo.csv --exercise bench-press --target-tempo 3-1-1-0 --out report/",
            "  reptempo report week1.csv week2.csv week3.csv --exercise squat --mode eccentric-only --out progress/",
            "  reptempo report recordings/ --exercise reverse-hyper --out progress/"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RECORDING",
            description = "Recordings (.csv), or folders whose .csv files are all read.")
    List<Path> inputs;

    @Mixin
    ExerciseOptions exercise;

    @Mixin
    InputOptions input;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = {"Folder to write the report into (created if missing; files of the same name are replaced).",
                "Example: --out report/"})
    Path out;

    @Override
    public Integer call() throws UserError {
        // Charts are drawn off screen: no display is needed (a server, CI). Respect an explicit choice.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = recordings();
        boolean progress = files.size() > 1 || inputs.stream().anyMatch(Files::isDirectory);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError("--out " + out + " is a file; give a folder");
        }
        try {
            if (!progress) {
                Session session = analyse(files.get(0), err, false);
                List<Path> written = SessionReport.write(session, out);
                stdout.println("Wrote " + written.get(0) + " and " + (written.size() - 1) + " more files in " + out);
            } else {
                List<Session> sessions = new ArrayList<>();
                List<String> notIncluded = new ArrayList<>();
                for (Path f : files) {
                    try {
                        sessions.add(analyse(f, err, true));
                    } catch (UserError e) {
                        // One bad file should not cost the coach the other weeks: say so, and go on.
                        err.println("reptempo: left out of the progress report: " + e.getMessage());
                        notIncluded.add(f.getFileName() + ": " + e.getMessage());
                    }
                }
                if (sessions.isEmpty()) {
                    throw new UserError("none of the recordings could be analysed, so there is no progress report");
                }
                checkOneKind(sessions);
                List<ProgressReport.Entry> entries = ProgressReport.write(sessions, notIncluded, out, ZoneId.systemDefault());
                stdout.println("Wrote " + out.resolve(ProgressReport.HTML) + " over " + entries.size() + " sessions:");
                for (ProgressReport.Entry e : entries) {
                    stdout.println("  " + e.date().text() + "  " + e.session().name() + " -> "
                            + out.resolve(e.folder()).resolve(SessionReport.HTML));
                }
            }
        } catch (IOException e) {
            throw new UserError("could not write the report into " + out + ": " + e.getMessage());
        }
        stdout.flush();
        err.flush();
        return 0;
    }

    private Session analyse(Path file, PrintWriter err, boolean named) throws UserError {
        Map<String, String> meta = RecordingAnalysis.peekMetadata(file);
        AnalysisSettings settings = exercise.settings(meta.get("exercise"));
        MotionTraceRecorder trace = new MotionTraceRecorder();
        RecordingAnalysis.Outcome outcome = RecordingAnalysis.run(file, input.importOptions(), settings, err, trace);
        if (named && (outcome.readReport().skippedRows() > 0 || outcome.source().gaps() > 0)) {
            err.println(file + ":");
        }
        AnalyzeCommand.reportReading(outcome.readReport(), outcome.source().gaps(), err);
        return new Session(file, outcome.result(), outcome.source(), outcome.readReport().summary(), trace.trace());
    }

    /** The recordings named, with each folder replaced by its .csv files in name order. */
    private List<Path> recordings() throws UserError {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.isDirectory(p)) {
                files.add(p); // a missing file is reported by the analysis with the usual message
                continue;
            }
            List<Path> found = new ArrayList<>();
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(p)) {
                for (Path f : dir) {
                    String name = f.getFileName().toString();
                    if (Files.isRegularFile(f) && !name.startsWith(".")
                            && name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                        found.add(f);
                    }
                }
            } catch (IOException e) {
                throw new UserError("cannot read the folder " + p + ": " + e.getMessage());
            }
            if (found.isEmpty()) {
                throw new UserError("the folder " + p + " has no .csv recordings");
            }
            found.sort(null);
            files.addAll(found);
        }
        return files;
    }

    /** ROM in cm and ROM in degrees cannot share an axis. */
    private static void checkOneKind(List<Session> sessions) throws UserError {
        var first = sessions.get(0).result().settings().mount();
        for (Session s : sessions) {
            if (s.result().settings().mount() != first) {
                throw new UserError("a progress report needs sessions of one kind: " + sessions.get(0).name()
                        + " has the sensor on the " + first.name().toLowerCase(Locale.ROOT) + " but " + s.name()
                        + " on the " + s.result().settings().mount().name().toLowerCase(Locale.ROOT));
            }
        }
    }
}
