package io.reptempo.cli;

import io.reptempo.accuracy.LabelFile;
import io.reptempo.accuracy.LabelledSet;
import io.reptempo.accuracy.RepLengthMeter;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.sensor.ImportOptions;
import io.reptempo.sensor.ReaderOptions;
import io.reptempo.sensor.RecordingFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reptempo evaluate}: rep counts on a folder of labelled real sets against their labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Counts the reps of every labelled set in a folder (its labels.csv names each set's "
            + "exercise, rep count and file) exactly as 'analyze' would, and prints each set's label beside the "
            + "count found, then the share of sets counted exactly and the mean absolute error, per participant "
            + "and overall."},
        footer = {"", "Examples:",
            "  reptempo evaluate ../shared/datasets/wristband-barbell",
            "  reptempo evaluate ../shared/datasets/wristband-barbell --participant B",
            "  reptempo evaluate ../shared/datasets/wristband-barbell --min-exact 60   (exit 1 below 60 %)"})
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = {"A folder with labels.csv and the recordings.",
        "Example: ../shared/datasets/wristband-barbell"})
    Path folder;

    @Option(names = "--participant", paramLabel = "ID", description = {"Only the sets of this participant.",
        "Example: --participant A"})
    String participant;

    @Option(names = "--min-exact", paramLabel = "PERCENT", description = {"Exit with code 1 when fewer than this "
        + "share of sets is counted exactly (a regression guard for CI).", "Example: --min-exact 60"})
    Double minExact;

    /** The outcome of one set; repLengths is the recorded time in rep lengths, from the raw data. */
    record Counted(LabelledSet set, int found, String problem, double repLengths) {
        int error() {
            return Math.abs(found - set.reps());
        }

        /**
         * The label asks for more reps than the recording has time for: even counting a rep cut
         * at each end, the label's reps need more rep lengths than were recorded.
         */
        boolean tooShortForLabel() {
            return set.reps() > repLengths + TOO_SHORT_MARGIN;
        }
    }

    /** Half a rep length: a recording may start or end inside a rep the label counts. */
    static final double TOO_SHORT_MARGIN = 0.5;

    @Override
    public Integer call() throws UserError {
        if (!Files.isDirectory(folder)) {
            throw new UserError("no such folder: " + folder);
        }
        List<LabelledSet> sets;
        try {
            sets = LabelFile.read(folder);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("could not read " + folder.resolve(LabelFile.FILE_NAME) + ": " + e.getMessage());
        }
        if (participant != null) {
            sets = sets.stream().filter(s -> s.participant().equalsIgnoreCase(participant)).toList();
            if (sets.isEmpty()) {
                throw new UserError("no sets of participant '" + participant + "' in " + folder);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-48s %-15s %5s %5s %8s%n", "set", "exercise", "label", "found", "lengths");
        List<Counted> counted = new ArrayList<>();
        for (LabelledSet s : sets) {
            Counted c = count(s);
            counted.add(c);
            String remark = c.problem() != null ? "   " + c.problem()
                    : c.error() != 0 ? "   off by " + (c.found() - s.reps()) : "";
            if (c.problem() == null && c.tooShortForLabel()) {
                remark += String.format(Locale.ROOT, " (the recording holds %.1f rep lengths)", c.repLengths());
            }
            out.printf(Locale.ROOT, "%-48s %-15s %5d %5s %8s%s%n", s.name(), s.exercise(), s.reps(),
                    c.problem() == null ? Integer.toString(c.found()) : "-",
                    Double.isNaN(c.repLengths()) ? "-" : String.format(Locale.ROOT, "%.1f", c.repLengths()), remark);
        }
        out.println();
        printShares(out, counted);
        List<Counted> fitting = counted.stream().filter(c -> !c.tooShortForLabel()).toList();
        if (fitting.size() < counted.size() && !fitting.isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "Leaving out the %d sets whose recording is too short for the label "
                    + "(label > rep lengths + %.1f; rep length from the raw acceleration):%n",
                    counted.size() - fitting.size(), TOO_SHORT_MARGIN);
            printShares(out, fitting);
        }
        out.flush();
        double share = 100.0 * counted.stream().filter(c -> c.error() == 0).count() / counted.size();
        if (minExact != null && share < minExact) {
            spec.commandLine().getErr().printf(Locale.ROOT, "exact counts %.1f %% are below the required %.1f %%%n",
                    share, minExact);
            return 1;
        }
        return 0;
    }

    /** The shares per participant (when there are several), then for all the sets given. */
    private static void printShares(PrintWriter out, List<Counted> counted) {
        Map<String, List<Counted>> byParticipant = new LinkedHashMap<>();
        counted.forEach(c -> byParticipant.computeIfAbsent(c.set().participant(), k -> new ArrayList<>()).add(c));
        if (byParticipant.size() > 1) {
            byParticipant.forEach((who, list) -> out.println(summary("participant " + who, list)));
        }
        out.println(summary("all", counted));
    }

    private static String summary(String who, List<Counted> list) {
        long exact = list.stream().filter(c -> c.error() == 0).count();
        double mae = list.stream().mapToInt(Counted::error).average().orElse(0);
        return String.format(Locale.ROOT, "%-16s sets %2d  exact %2d (%.1f %%)  mean absolute error %.2f reps",
                who + ":", list.size(), exact, 100.0 * exact / list.size(), mae);
    }

    private static Counted count(LabelledSet s) {
        ImportOptions options = ImportOptions.of(ReaderOptions.defaults());
        if (s.gyroscope() != null) {
            options = options.withGyroFile(s.gyroscope());
        }
        try {
            AnalysisSettings settings = AnalysisSettings.defaults(ExerciseProfile.preset(s.exercise()));
            var outcome = RecordingAnalysis.run(s.recording(), options, settings);
            return new Counted(s, outcome.result().reps().size(), null, repLengths(s, options));
        } catch (UserError e) {
            return new Counted(s, 0, e.getMessage(), Double.NaN);
        }
    }

    /** The recording read a second time, for a measure that owes nothing to the engine. */
    private static double repLengths(LabelledSet s, ImportOptions options) throws UserError {
        RepLengthMeter meter = new RepLengthMeter();
        try {
            RecordingAnalysis.open(s.recording(), options).read(meter);
        } catch (IOException | RecordingFormatException e) {
            return Double.NaN; // the engine's run read it; a second failure only loses this column
        }
        return meter.repLengths();
    }
}
