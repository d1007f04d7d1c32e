package io.reptempo.live;

import io.reptempo.sensor.RecordingWriter;
import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Records every received sample in the recording format while the set runs, flushed every
 * {@link #FLUSH_MILLIS} ms of wall time, so a crash or a pulled cable loses at most that much.
 * The file is opened at the first sample, when it is known whether there is a gyroscope.
 */
public final class Recorder implements SampleSink, AutoCloseable {
    public static final long FLUSH_MILLIS = 200;

    private final Path file;
    private final Map<String, String> metadata;
    private final ScheduledExecutorService flusher;
    private RecordingWriter writer;
    private String problem;

    public Recorder(Path file, Map<String, String> metadata) {
        this.file = file;
        this.metadata = metadata;
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "reptempo-recorder-flush");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleAtFixedRate(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void accept(Sample s) {
        if (problem != null) {
            return;
        }
        try {
            if (writer == null) {
                writer = new RecordingWriter(file, metadata, s.hasGyro());
            }
            writer.accept(s);
        } catch (IOException | UncheckedIOException e) {
            problem = "recording to " + file + " stopped: " + e.getMessage();
        }
    }

    /**
     * Marks a moment in the recording with a {@code #} note between the rows (the sensor lost and back, a device
     * restart), so the file says where its timeline has a seam. Nothing is written before the first sample.
     */
    public synchronized void note(String text) {
        if (writer == null || problem != null) {
            return;
        }
        try {
            writer.comment(text);
        } catch (UncheckedIOException e) {
            problem = "recording to " + file + " stopped: " + e.getMessage();
        }
    }

    /** Pushes what has been written to the disk. */
    public synchronized void flush() {
        if (writer == null || problem != null) {
            return;
        }
        try {
            writer.flush();
        } catch (UncheckedIOException e) {
            problem = "recording to " + file + " stopped: " + e.getMessage();
        }
    }

    /** Why recording stopped, or null while it works. */
    public synchronized String problem() {
        return problem;
    }

    @Override
    public synchronized void close() {
        flusher.shutdownNow();
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                problem = "closing " + file + " failed: " + e.getMessage();
            }
        }
    }
}
