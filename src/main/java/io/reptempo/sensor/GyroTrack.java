package io.reptempo.sensor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A MetaWear gyroscope file held in memory (a set lasts minutes, so it is small), giving the angular rate at any
 * accelerometer time: linearly interpolated between the two readings around it; the nearest reading outside the
 * file's span, or inside a gap too long to interpolate across (those samples are counted).
 */
final class GyroTrack {

    /** Interpolating across a longer dropout would invent a rotation; the nearest reading is held instead. */
    static final double MAX_INTERPOLATION_GAP_MS = 500;
    private static final int INITIAL_CAPACITY = 1024;

    private double[] epochMs = new double[INITIAL_CAPACITY];
    private double[] x = new double[INITIAL_CAPACITY];
    private double[] y = new double[INITIAL_CAPACITY];
    private double[] z = new double[INITIAL_CAPACITY];
    private int n;
    private long skippedRows;
    private final List<String> skipWarnings = new ArrayList<>();
    private long heldInGaps;
    private long outsideSpan;

    private GyroTrack() {
    }

    /**
     * Reads a gyroscope file whose header has been checked; rates are converted to rad/s. Bad rows are skipped
     * and counted ({@link #skippedRows()}).
     *
     * @throws RecordingFormatException when no row is usable
     */
    static GyroTrack load(Path file, CsvDialect dialect, long headerLine, MetaWearHeader header)
            throws IOException, RecordingFormatException {
        GyroTrack track = new GyroTrack();
        ColumnRows.Skips skips = (line, reason, what) -> {
            track.skippedRows++;
            if (track.skipWarnings.size() < RecordingParser.MAX_WARNINGS) {
                track.skipWarnings.add("line " + line + ": " + what + "; row skipped");
            }
        };
        try (ColumnRows rows = ColumnRows.open(file, dialect, headerLine, header.columns(), header.names(), skips)) {
            while (rows.next()) {
                track.add(rows.value(0), rows.value(1) * header.toSi(), rows.value(2) * header.toSi(),
                        rows.value(3) * header.toSi());
            }
        }
        if (track.n == 0) {
            throw new RecordingFormatException("the gyroscope file " + file.getFileName() + " has no usable rows"
                    + (track.skipWarnings.isEmpty() ? "" : " (first problem: " + track.skipWarnings.get(0) + ")")
                    + "; give the right gyroscope file with --gyro, or move it away to analyse the accelerometer alone.");
        }
        return track;
    }

    private void add(double epoch, double gx, double gy, double gz) {
        if (n == epochMs.length) {
            int bigger = n * 2;
            epochMs = Arrays.copyOf(epochMs, bigger);
            x = Arrays.copyOf(x, bigger);
            y = Arrays.copyOf(y, bigger);
            z = Arrays.copyOf(z, bigger);
        }
        epochMs[n] = epoch;
        x[n] = gx;
        y[n] = gy;
        z[n] = gz;
        n++;
    }

    /** Starts the counts of held and outside samples afresh, for a new pass over the accelerometer file. */
    void resetCounts() {
        heldInGaps = 0;
        outsideSpan = 0;
    }

    /** Writes the angular rate (rad/s) at {@code epoch} into {@code out[0..2]}. */
    void at(double epoch, double[] out) {
        // Largest i with epochMs[i] <= epoch, or -1.
        int i = Arrays.binarySearch(epochMs, 0, n, epoch);
        if (i >= 0) {
            copy(i, out);
            return;
        }
        int after = -i - 1;
        int before = after - 1;
        if (before < 0 || after >= n) {
            int nearest = before < 0 ? 0 : n - 1;
            // The files of one recording start and stop a reading or two apart; only a longer overhang is news.
            if (Math.abs(epoch - epochMs[nearest]) > MAX_INTERPOLATION_GAP_MS) {
                outsideSpan++;
            }
            copy(nearest, out);
            return;
        }
        double t0 = epochMs[before];
        double t1 = epochMs[after];
        if (t1 - t0 > MAX_INTERPOLATION_GAP_MS) {
            heldInGaps++;
            copy(epoch - t0 <= t1 - epoch ? before : after, out);
            return;
        }
        double w = (epoch - t0) / (t1 - t0);
        out[0] = x[before] + w * (x[after] - x[before]);
        out[1] = y[before] + w * (y[after] - y[before]);
        out[2] = z[before] + w * (z[after] - z[before]);
    }

    private void copy(int i, double[] out) {
        out[0] = x[i];
        out[1] = y[i];
        out[2] = z[i];
    }

    double firstEpochMs() {
        return epochMs[0];
    }

    double lastEpochMs() {
        return epochMs[n - 1];
    }

    int size() {
        return n;
    }

    /** The rate from the median interval between readings. */
    OptionalDouble measuredRateHz() {
        return SampleRate.fromTimes(epochMs, n, 1000.0);
    }

    long skippedRows() {
        return skippedRows;
    }

    /** The first skipped rows, each "line N: what; row skipped". */
    List<String> skipWarnings() {
        return List.copyOf(skipWarnings);
    }

    /** Accelerometer samples so far that fell in a gyroscope gap longer than {@link #MAX_INTERPOLATION_GAP_MS}. */
    long heldInGaps() {
        return heldInGaps;
    }

    /**
     * Accelerometer samples so far more than {@link #MAX_INTERPOLATION_GAP_MS} before the first or after the last
     * gyroscope reading (they get the nearest reading, as do those closer to the ends, which are not counted).
     */
    long outsideSpan() {
        return outsideSpan;
    }
}
