package io.reptempo.sensor;

import java.util.List;

/**
 * Hears about structure in the stream that is not a sample. Calls are in stream order with the samples:
 * every sample before the event has already reached the sink.
 */
public interface RecordingListener {

    /** A header row was read (the first one, or a repeat after a device restart). */
    default void onHeader(long line, List<String> columns) {
    }

    /** Timestamps went back after a repeated header; the sample that follows starts the new clock. */
    default void onTimeRestart(TimeRestart restart) {
    }

    /** A listener that ignores everything. */
    static RecordingListener none() {
        return new RecordingListener() {
        };
    }
}
