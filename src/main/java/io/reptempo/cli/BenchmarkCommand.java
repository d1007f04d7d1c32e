package io.reptempo.cli;

import io.reptempo.engine.TempoEngine;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.sensor.CsvRecordingReader;
import io.reptempo.sensor.ReadReport;
import io.reptempo.sensor.ReaderOptions;
import io.reptempo.sensor.RecordingFormatException;
import io.reptempo.sensor.RecordingWriter;
import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SimulationOptions;
import io.reptempo.sim.SimulationRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reptempo benchmark}: throughput of the engine alone and of parsing plus engine on a long simulated stream. */
@Command(name = "benchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure how fast reptempo analyses a long recording: the engine alone (samples already in "
            + "memory) and parsing a CSV file plus the engine. Also shows that memory stays bounded.",
            "The stream is a simulated mixed-random recording with gyroscope; it needs about 56 bytes of heap per "
                + "sample (200 MB for an hour at 1 kHz) and the same stream as a temporary CSV file (about 250 MB)."},
        footer = {"", "Examples:",
            "  reptempo benchmark",
            "  reptempo benchmark --minutes 10 --rate 400 --runs 5"})
public final class BenchmarkCommand implements Callable<Integer> {

    /** mixed-random with this seed plays squat-touch-and-go, so the squat settings below fit the stream. */
    private static final long SEED = 16;
    /** Enough samples for the JIT to compile the hot paths of parsing before anything is timed. */
    private static final double WARMUP_SECONDS = 300;
    /**
     * Untimed engine runs over the whole stream first: after a shorter warm-up the JIT still
     * recompiles the per-sample path during the first timed run (code it had not yet seen).
     */
    private static final int ENGINE_WARMUP_RUNS = 2;
    /** The sample arrays may take at most this share of the heap; the engine and the GC need the rest. */
    private static final double MAX_HEAP_SHARE = 0.6;
    private static final int DOUBLES_PER_SAMPLE = 7;

    @Spec
    CommandSpec spec;

    @Option(names = "--minutes", paramLabel = "M", defaultValue = "60",
            description = {"Length of the simulated stream. Default: ${DEFAULT-VALUE}.", "Example: --minutes 10"})
    double minutes;

    @Option(names = "--rate", paramLabel = "HZ", defaultValue = "1000",
            description = {"Sample rate of the stream. Default: ${DEFAULT-VALUE}.", "Example: --rate 400"})
    double rateHz;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = {"Timed runs of each measurement; best and median are reported. Default: ${DEFAULT-VALUE}.",
                "Example: --runs 5"})
    int runs;

    private PrintWriter out;

    @Override
    public Integer call() throws UserError {
        check();
        out = spec.commandLine().getOut();
        Runtime rt = Runtime.getRuntime();
        line("Java %s (%s, %s), %d processors, max heap %.0f MB", Runtime.version(),
                System.getProperty("java.vm.name"), System.getProperty("java.vendor"), rt.availableProcessors(),
                mb(rt.maxMemory()));
        long heapBefore = usedHeapAfterGc();

        SimulationOptions options = SimulationOptions.defaults().withRateHz(rateHz).withMinDurationS(minutes * 60)
                .withGyro(true);
        SimulationRun run = SetSimulator.prepare(Scenario.MIXED_RANDOM, SEED, options);
        SampleArrays stream = new SampleArrays(capacity(run));
        long t0 = System.nanoTime();
        run.streamTo(stream);
        line("stream: mixed-random seed %d (%s, %s), %.1f min at %s Hz with gyroscope: %,d samples, %d reps in "
                        + "the truth; simulated in %.1f s", SEED, run.truth().variant(), run.truth().exercise(),
                run.durationS() / 60, number(rateHz), stream.size, run.truth().reps().size(), seconds(t0));

        AnalysisSettings settings = AnalysisSettings.defaults(ExerciseProfile.preset("squat"));
        int warmupSamples = (int) Math.min(stream.size, WARMUP_SECONDS * rateHz);
        for (int i = 0; i < ENGINE_WARMUP_RUNS; i++) {
            runEngine(stream, stream.size, settings);
        }

        double[] engineRates = new double[runs];
        TempoEngine engine = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            engine = runEngine(stream, stream.size, settings);
            double s = seconds(start);
            engineRates[i] = stream.size / s;
            line("  engine run %d: %.2f s, %.2f M samples/s", i + 1, s, engineRates[i] / 1e6);
        }
        line("engine alone: %.2f M samples/s (best of %d, median %.2f); reps found: %d (truth: %d)",
                best(engineRates) / 1e6, runs, median(engineRates) / 1e6, engine.result().reps().size(),
                run.truth().reps().size());
        long heapWithEngine = usedHeapAfterGc();
        // Keeps the finished engine reachable through the measurement, so its retained memory is counted.
        Reference.reachabilityFence(engine);
        line("heap after GC at the end of an engine run: %.1f MB used = %.1f MB of sample arrays (the benchmark's, "
                        + "not the engine's) + %.1f MB before the stream + %.1f MB for the finished engine and the rest",
                mb(heapWithEngine), mb(stream.bytes()), mb(heapBefore),
                mb(heapWithEngine - stream.bytes() - heapBefore));
        // Dropped so the parse runs' heap figure below does not count this engine too.
        engine = null;

        Path csv = null;
        Path warmupCsv = null;
        try {
            csv = Files.createTempFile("reptempo-benchmark-", ".csv");
            warmupCsv = Files.createTempFile("reptempo-benchmark-warmup-", ".csv");
            t0 = System.nanoTime();
            write(stream, stream.size, run.metadata(), csv);
            write(stream, warmupSamples, run.metadata(), warmupCsv);
            long bytes = Files.size(csv);
            line("CSV: %.0f MB written to %s in %.1f s", bytes / 1e6, csv, seconds(t0));
            // The parse runs must not have 200 MB of arrays beside them: the heap figure below is the engine's alone.
            stream = null;

            parse(warmupCsv, settings);
            double[] rowRates = new double[runs];
            double[] byteRates = new double[runs];
            ReadResult last = null;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                last = parse(csv, settings);
                double s = seconds(start);
                rowRates[i] = last.report.totalRows() / s;
                byteRates[i] = bytes / s;
                line("  parse + engine run %d: %.2f s, %.2f M rows/s, %.0f MB/s", i + 1, s, rowRates[i] / 1e6,
                        byteRates[i] / 1e6);
            }
            line("parse + engine: %.2f M rows/s, %.0f MB/s (best of %d, median %.2f M rows/s, %.0f MB/s); "
                            + "reps found: %d (truth: %d)", best(rowRates) / 1e6, best(byteRates) / 1e6, runs,
                    median(rowRates) / 1e6, median(byteRates) / 1e6, last.engine.result().reps().size(),
                    run.truth().reps().size());
            long heapAfterParse = usedHeapAfterGc();
            Reference.reachabilityFence(last);
            line("heap after GC at the end of a parse + engine run (no sample arrays): %.1f MB used "
                    + "(%.1f MB before the stream)", mb(heapAfterParse), mb(heapBefore));
        } catch (IOException e) {
            throw new UserError("could not write or read the temporary recording in "
                    + System.getProperty("java.io.tmpdir") + ": " + e.getMessage());
        } finally {
            deleteQuietly(csv);
            deleteQuietly(warmupCsv);
        }
        return 0;
    }

    private void check() throws UserError {
        if (!(minutes > 0 && minutes <= 24 * 60)) {
            throw new UserError("--minutes must be more than 0 and at most 1440 (a day)");
        }
        if (!(rateHz >= 10 && rateHz <= 10_000)) {
            throw new UserError("--rate must be between 10 and 10000 Hz");
        }
        if (runs < 1 || runs > 100) {
            throw new UserError("--runs must be between 1 and 100");
        }
    }

    /** Room for the whole stream, or a user error when the heap (or an array) cannot hold it. */
    private static int capacity(SimulationRun run) throws UserError {
        double samples = run.durationS() * run.rateHz() * 1.01 + 16;
        double bytes = samples * DOUBLES_PER_SAMPLE * Double.BYTES;
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (samples > Integer.MAX_VALUE - 8 || bytes > MAX_HEAP_SHARE * maxHeap) {
            throw new UserError(String.format(Locale.ROOT, "the stream needs %.0f MB of heap for its samples but "
                    + "this JVM may use %.0f MB in all; use fewer --minutes or a lower --rate, or run java -Xmx%dg "
                    + "-jar reptempo.jar benchmark", bytes / 1e6, maxHeap / 1e6,
                    (long) Math.ceil(bytes / MAX_HEAP_SHARE / 1e9) + 1));
        }
        return (int) samples;
    }

    private static TempoEngine runEngine(SampleArrays s, int count, AnalysisSettings settings) {
        TempoEngine engine = new TempoEngine(settings);
        for (int i = 0; i < count; i++) {
            engine.accept(new Sample(s.t[i], s.ax[i], s.ay[i], s.az[i], s.gx[i], s.gy[i], s.gz[i]));
        }
        engine.finish();
        return engine;
    }

    private record ReadResult(ReadReport report, TempoEngine engine) {
    }

    private static ReadResult parse(Path csv, AnalysisSettings settings) throws IOException {
        TempoEngine engine = new TempoEngine(settings);
        try {
            // The reader finishes the engine when the file ends.
            return new ReadResult(CsvRecordingReader.read(csv, ReaderOptions.defaults(), engine), engine);
        } catch (RecordingFormatException e) {
            throw new IllegalStateException("the benchmark wrote a recording its own reader rejects: "
                    + e.getMessage(), e);
        }
    }

    private static void write(SampleArrays s, int count, Map<String, String> metadata, Path file) throws IOException {
        try (RecordingWriter writer = new RecordingWriter(file, metadata, true)) {
            for (int i = 0; i < count; i++) {
                writer.accept(new Sample(s.t[i], s.ax[i], s.ay[i], s.az[i], s.gx[i], s.gy[i], s.gz[i]));
            }
        }
    }

    /** Used heap after asking for a full collection; System.gc() is a request, so this is an estimate. */
    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temp file left behind is not worth failing the benchmark for; the OS cleans the temp folder.
        }
    }

    private void line(String format, Object... args) {
        out.printf(Locale.ROOT, format + "%n", args);
        // Runs take seconds each; show progress as it happens.
        out.flush();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double mb(long bytes) {
        return bytes / 1e6;
    }

    private static double best(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** The stream as seven primitive columns: 56 bytes a sample instead of ~80 for a list of Sample objects. */
    private static final class SampleArrays implements SampleSink {
        double[] t;
        double[] ax;
        double[] ay;
        double[] az;
        double[] gx;
        double[] gy;
        double[] gz;
        int size;

        SampleArrays(int capacity) {
            t = new double[capacity];
            ax = new double[capacity];
            ay = new double[capacity];
            az = new double[capacity];
            gx = new double[capacity];
            gy = new double[capacity];
            gz = new double[capacity];
        }

        @Override
        public void accept(Sample s) {
            if (size == t.length) {
                grow();
            }
            t[size] = s.t();
            ax[size] = s.ax();
            ay[size] = s.ay();
            az[size] = s.az();
            gx[size] = s.gx();
            gy[size] = s.gy();
            gz[size] = s.gz();
            size++;
        }

        /** Only if the clock ran fast beyond the 1 % margin of the initial capacity. */
        private void grow() {
            int n = t.length + t.length / 8 + 16;
            t = Arrays.copyOf(t, n);
            ax = Arrays.copyOf(ax, n);
            ay = Arrays.copyOf(ay, n);
            az = Arrays.copyOf(az, n);
            gx = Arrays.copyOf(gx, n);
            gy = Arrays.copyOf(gy, n);
            gz = Arrays.copyOf(gz, n);
        }

        long bytes() {
            return (long) DOUBLES_PER_SAMPLE * Double.BYTES * t.length;
        }
    }
}
