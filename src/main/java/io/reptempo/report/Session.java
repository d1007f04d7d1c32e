package io.reptempo.report;

import io.reptempo.chart.MotionTrace;
import io.reptempo.reps.SetResult;
import java.nio.file.Path;

/**
 * One analysed recording with everything a report shows about it.
 *
 * @param file        the recording (for its modification time when the metadata has no date)
 * @param readSummary one line on how the file read, e.g. "1200 rows: 1198 samples, 2 skipped (...)"
 * @param trace       the drift-corrected motion for the set-over-time chart
 */
public record Session(Path file, SetResult result, SourceInfo source, String readSummary, MotionTrace trace) {

    /** The recording's file name as the user knows it. */
    public String name() {
        return source.name();
    }
}
