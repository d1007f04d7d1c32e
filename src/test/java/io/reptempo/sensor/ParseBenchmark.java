package io.reptempo.sensor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Not a unit test: measures how fast {@link CsvRecordingReader} reads a 7-column recording.
 * Run after {@code mvn test-compile} with
 * {@code java -cp target/classes:target/test-classes:<fastdoubleparser jar> io.reptempo.sensor.ParseBenchmark [rows] [runs]}.
 */
public final class ParseBenchmark {

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws IOException, RecordingFormatException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = Files.createTempFile("reptempo-bench", ".csv");
        try {
            writeRecording(file, rows);
            long bytes = Files.size(file);
            System.out.printf(Locale.ROOT, "%d rows, %.1f MB in %s%n", rows, bytes / 1e6, file);
            double best = 0;
            for (int run = 1; run <= runs; run++) {
                SummingSink sink = new SummingSink();
                long start = System.nanoTime();
                ReadReport report = CsvRecordingReader.read(file, ReaderOptions.defaults(), sink);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (report.acceptedRows() != rows || sink.count != rows) {
                    throw new IllegalStateException("expected " + rows + " samples, got " + report.summary());
                }
                double rate = rows / seconds;
                best = Math.max(best, rate);
                System.out.printf(Locale.ROOT, "run %d: %.3f s, %.2f M rows/s, %.0f MB/s (checksum %.3f)%n",
                        run, seconds, rate / 1e6, bytes / seconds / 1e6, sink.sum);
            }
            System.out.printf(Locale.ROOT, "best: %.2f M rows/s%n", best / 1e6);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A 1 kHz recording with the precision a typical IMU logger writes. */
    private static void writeRecording(Path file, int rows) throws IOException {
        Random random = new Random(1);
        StringBuilder line = new StringBuilder(96);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# rate_hz=1000 exercise=squat\nt,ax,ay,az,gx,gy,gz\n");
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                appendFixed(line, i * 0.001, 3).append(',');
                appendFixed(line, random.nextGaussian(), 4).append(',');
                appendFixed(line, random.nextGaussian(), 4).append(',');
                appendFixed(line, 9.81 + random.nextGaussian(), 4).append(',');
                appendFixed(line, 0.3 * random.nextGaussian(), 5).append(',');
                appendFixed(line, 0.3 * random.nextGaussian(), 5).append(',');
                appendFixed(line, 0.3 * random.nextGaussian(), 5).append('\n');
                out.append(line);
            }
        }
    }

    /** String.format is too slow to write millions of numbers. */
    private static StringBuilder appendFixed(StringBuilder sb, double value, int decimals) {
        long scale = (long) Math.pow(10, decimals);
        long scaled = Math.round(Math.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append(scaled / scale).append('.');
        String frac = Long.toString(scaled % scale);
        for (int k = frac.length(); k < decimals; k++) {
            sb.append('0');
        }
        return sb.append(frac);
    }

    /** Touches every sample so the JIT cannot drop the parsing. */
    private static final class SummingSink implements SampleSink {
        long count;
        double sum;

        @Override
        public void accept(Sample s) {
            count++;
            sum += s.ax() + s.gz();
        }
    }
}
