package io.reptempo.sensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What happened while reading a recording: how many rows were used, which were skipped and why, and what the
 * header and comments said. Immutable; equal reports mean the reader saw the same thing.
 *
 * @param totalRows          data rows seen (every non-blank line that is not a comment or a valid header)
 * @param acceptedRows       rows that became samples
 * @param skippedByReason    skipped rows per reason, every reason present (zero when none)
 * @param warnings           the first warnings, each starting with its 1-based line number
 * @param suppressedWarnings how many further warnings were not kept
 * @param restarts           places where timestamps went back after a repeated header
 * @param headerLines        1-based line numbers of every header row used
 * @param columns            column names of the last header row, as written
 * @param hasGyro            whether the last header row has gx, gy, gz
 * @param ignoredColumns     unknown column names that were ignored, in the order first seen
 * @param metadata           key=value pairs and notes from the comment lines
 */
public record ReadReport(
        long totalRows,
        long acceptedRows,
        Map<SkipReason, Long> skippedByReason,
        List<String> warnings,
        long suppressedWarnings,
        List<TimeRestart> restarts,
        List<Long> headerLines,
        List<String> columns,
        boolean hasGyro,
        List<String> ignoredColumns,
        RecordingMetadata metadata) {

    public ReadReport {
        EnumMap<SkipReason, Long> counts = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : SkipReason.values()) {
            counts.put(reason, skippedByReason.getOrDefault(reason, 0L));
        }
        skippedByReason = Collections.unmodifiableMap(counts);
        warnings = List.copyOf(warnings);
        restarts = List.copyOf(restarts);
        headerLines = List.copyOf(headerLines);
        columns = List.copyOf(columns);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** Rows skipped for any reason. */
    public long skippedRows() {
        long sum = 0;
        for (long n : skippedByReason.values()) {
            sum += n;
        }
        return sum;
    }

    /** Rows skipped for one reason. */
    public long skipped(SkipReason reason) {
        return skippedByReason.get(reason);
    }

    /** One line for the user, e.g. "1200 rows: 1198 samples, 2 skipped (1 not a number, 1 line too long)". */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(totalRows).append(totalRows == 1 ? " row: " : " rows: ")
                .append(acceptedRows).append(acceptedRows == 1 ? " sample" : " samples");
        long skipped = skippedRows();
        if (skipped > 0) {
            List<String> parts = new ArrayList<>();
            skippedByReason.forEach((reason, n) -> {
                if (n > 0) {
                    parts.add(n + " " + reason.description());
                }
            });
            sb.append(", ").append(skipped).append(" skipped (").append(String.join(", ", parts)).append(')');
        }
        if (!restarts.isEmpty()) {
            sb.append(", ").append(restarts.size()).append(restarts.size() == 1 ? " clock restart" : " clock restarts");
        }
        return sb.toString();
    }
}
