package io.reptempo.cli;

import io.reptempo.report.RepCsv;
import io.reptempo.report.RepTable;
import io.reptempo.report.SetJson;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.sensor.ReadReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reptempo analyze}: a recording in, the rep table and optional JSON/CSV reports out. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse a recorded set: reps, the tempo of each phase, range of motion, velocity and flags.",
            "The recording is CSV with a header 't,ax,ay,az' (optionally gx,gy,gz; see samples/README.md), a MetaWear "
                + "accelerometer export (its gyroscope file is found beside it), a phyphox \"Acceleration with g\" "
                + "export, or any CSV with --columns."},
        footer = {"", "Examples:",
            "  reptempo analyze samples/bench-tempo.csv --exercise bench-press --target-tempo 3-1-1-0",
            "  reptempo analyze samples/eccentric-only.csv --exercise bench-press --mode eccentric-only --assisted-return",
            "  reptempo analyze samples/reverse-hyper.csv --exercise reverse-hyper --json out.json --csv out.csv"})
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RECORDING", description = "The recording (.csv).")
    Path recording;

    @Mixin
    ExerciseOptions exercise;

    @Mixin
    InputOptions input;

    @Option(names = "--json", paramLabel = "FILE", description = {"Also write the analysis as JSON.",
        "Example: --json set.json"})
    Path json;

    @Option(names = "--csv", paramLabel = "FILE", description = {"Also write one row per rep as CSV.",
        "Example: --csv reps.csv"})
    Path csv;

    @Option(names = {"-q", "--quiet"}, description = "Do not print the rep table.")
    boolean quiet;

    @Override
    public Integer call() throws UserError {
        Map<String, String> meta = RecordingAnalysis.peekMetadata(recording);
        AnalysisSettings settings = exercise.settings(meta.get("exercise"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RecordingAnalysis.Outcome outcome = RecordingAnalysis.run(recording, input.importOptions(), settings, err);
        reportReading(outcome.readReport(), outcome.source().gaps(), err);
        if (!quiet) {
            out.printf("%s: %s, %d samples, %.1f s%n%n", recording.getFileName(), settings.exercise().name(),
                    outcome.source().samples(), outcome.source().durationS());
            out.print(RepTable.render(outcome.result()));
            out.flush();
        }
        try {
            if (json != null) {
                SetJson.write(outcome.result(), outcome.source(), json);
            }
            if (csv != null) {
                RepCsv.write(outcome.result(), csv);
            }
        } catch (IOException e) {
            throw new UserError("could not write the report: " + e.getMessage());
        }
        return 0;
    }

    static void reportReading(ReadReport report, int gaps, PrintWriter err) {
        if (report.skippedRows() > 0) {
            err.println("Skipped " + report.skippedRows() + " of " + report.totalRows() + " rows:");
            report.warnings().forEach(w -> err.println("  " + w));
            if (report.suppressedWarnings() > 0) {
                err.println("  ... and " + report.suppressedWarnings() + " more");
            }
        }
        if (gaps > 0) {
            err.println("The recording has " + gaps + " gap(s) with no samples; motion across them was not measured.");
        }
        err.flush();
    }
}
