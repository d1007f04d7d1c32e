package io.reptempo.cli;

import io.reptempo.sensor.ImportOptions;
import io.reptempo.sensor.ReadReport;
import io.reptempo.sensor.RecordingFormatException;
import io.reptempo.sensor.RecordingSource;
import io.reptempo.sensor.RecordingWriter;
import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reptempo convert}: any recording reptempo reads, written in the project's own recording format. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert a recording (MetaWear export, phyphox export, any CSV with --columns, or a "
            + "reptempo recording in other units) to the reptempo recording format: t,ax,ay,az[,gx,gy,gz] in "
            + "seconds, m/s^2 and rad/s, with what is known about it as # metadata lines.",
            "A second input is the MetaWear gyroscope file, as with --gyro."},
        footer = {"", "Examples:",
            "  reptempo convert set_MetaWear_..._Accelerometer_12.500Hz_1.4.4.csv -o set.csv",
            "  reptempo convert acc.csv gyro.csv -o set.csv",
            "  reptempo convert phone.csv --columns t=time,ax=accX,ay=accY,az=accZ --units g --time-units ms -o set.csv"})
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "IN",
            description = "The recording; optionally its MetaWear gyroscope file second.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.csv",
            description = {"Where to write the converted recording.", "Example: -o set.csv"})
    Path output;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws UserError {
        ImportOptions options = input.importOptions();
        if (inputs.size() == 2) {
            if (options.gyroFile() != null) {
                throw new UserError("give the gyroscope file either as the second input or with --gyro, not both");
            }
            RecordingAnalysis.checkReadable(inputs.get(1));
            options = options.withGyroFile(inputs.get(1));
        }
        Path main = inputs.get(0);
        for (Path in : inputs) {
            if (sameFile(in, output)) {
                throw new UserError("-o " + output + " is an input; write the conversion to another file");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RecordingSource recording = RecordingAnalysis.open(main, options);
        RecordingAnalysis.announceFormat(recording, err);

        Extent extent = new Extent();
        ReadReport report = write(main, recording, extent);
        RecordingAnalysis.announceNotes(recording, err);
        AnalyzeCommand.reportReading(report, 0, err);
        // The description already says whether there is a gyroscope, in the terms of the format.
        out.println(String.format(Locale.ROOT, "wrote %s: %d sample%s over %.1f s from %s%s", output,
                report.acceptedRows(), report.acceptedRows() == 1 ? "" : "s", extent.durationS(),
                recording.describe(),
                report.skippedRows() > 0 ? "; " + report.skippedRows() + " rows skipped" : ""));
        out.flush();
        return 0;
    }

    /** Writes beside the output first and moves into place, so a failed conversion leaves no half-written file. */
    private ReadReport write(Path main, RecordingSource recording, Extent extent) throws UserError {
        Path target = output.toAbsolutePath();
        Path temp;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + e.getMessage());
        }
        try {
            ReadReport report;
            try (RecordingWriter writer = new RecordingWriter(temp, recording.metadata(), recording.hasGyro())) {
                report = recording.read(extent.around(writer));
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            return report;
        } catch (RecordingFormatException e) {
            throw new UserError(main + ": " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new UserError("could not convert " + main + " to " + output + ": " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Only a leftover temporary file; the conversion's own outcome is what the user needs to hear.
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Remembers the first and last sample time on the way to the writer, for the summary line. */
    private static final class Extent {
        private double first = Double.NaN;
        private double last = Double.NaN;

        SampleSink around(SampleSink sink) {
            return new SampleSink() {
                @Override
                public void accept(Sample sample) {
                    if (Double.isNaN(first)) {
                        first = sample.t();
                    }
                    last = sample.t();
                    sink.accept(sample);
                }

                @Override
                public void finish() {
                    sink.finish();
                }
            };
        }

        double durationS() {
            return Double.isNaN(first) ? 0 : last - first;
        }
    }
}
