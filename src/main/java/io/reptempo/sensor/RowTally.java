package io.reptempo.sensor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The bookkeeping of an imported file: counts rows, keeps the first warnings, passes samples to the sink and
 * builds the {@link ReadReport}. When the file does not state its acceleration units, the first samples are held
 * back until {@link UnitsCheck} has looked at them, as {@link RecordingParser} does.
 */
final class RowTally implements ColumnRows.Skips {

    private final SampleSink sink;
    private final ReaderOptions.AccelUnits unitsToCheck;
    private List<Sample> held;
    private long totalRows;
    private long acceptedRows;
    private final long[] skipped = new long[SkipReason.values().length];
    private final List<String> warnings = new ArrayList<>();
    private long suppressedWarnings;
    private String firstSkipWarning;

    /**
     * @param unitsToCheck the acceleration units the user said the file is in, or null when the file's header
     *                     states them (nothing to check)
     */
    RowTally(SampleSink sink, ReaderOptions.AccelUnits unitsToCheck) {
        this.sink = sink;
        this.unitsToCheck = unitsToCheck;
        this.held = unitsToCheck == null ? null : new ArrayList<>();
    }

    @Override
    public void skip(long line, SkipReason reason, String what) {
        totalRows++;
        skipped[reason.ordinal()]++;
        String warning = "line " + line + ": " + what + "; row skipped";
        if (firstSkipWarning == null) {
            firstSkipWarning = warning;
        }
        warn(warning);
    }

    void warn(String warning) {
        if (warnings.size() < RecordingParser.MAX_WARNINGS) {
            warnings.add(warning);
        } else {
            suppressedWarnings++;
        }
    }

    /**
     * Counts a sample and passes it on (or holds it for the units check).
     *
     * @return false when the row was skipped after all because an acceleration overflowed in m/s^2
     * @throws RecordingFormatException when the units check finds the acceleration in the wrong units
     */
    boolean accept(long line, Sample sample) throws RecordingFormatException {
        if (!(Double.isFinite(sample.ax()) && Double.isFinite(sample.ay()) && Double.isFinite(sample.az()))) {
            skip(line, SkipReason.NOT_FINITE, "an acceleration is too large to be a finite number in m/s^2");
            return false;
        }
        totalRows++;
        acceptedRows++;
        if (held == null) {
            sink.accept(sample);
            return true;
        }
        held.add(sample);
        if (held.size() >= UnitsCheck.ENOUGH_SAMPLES
                || sample.t() - held.get(0).t() >= UnitsCheck.ENOUGH_SECONDS) {
            releaseHeld();
        }
        return true;
    }

    private void releaseHeld() throws RecordingFormatException {
        String problem = UnitsCheck.problem(held, unitsToCheck);
        if (problem != null) {
            throw new RecordingFormatException(problem);
        }
        List<Sample> ready = held;
        held = null;
        for (Sample s : ready) {
            sink.accept(s);
        }
    }

    long acceptedRows() {
        return acceptedRows;
    }

    /**
     * Ends the file: checks there were samples, releases held ones, calls {@link SampleSink#finish()}.
     *
     * @throws RecordingFormatException when no row became a sample, or the units look wrong
     */
    ReadReport finish(long headerLine, List<String> columns, boolean hasGyro, List<String> ignoredColumns,
            RecordingMetadata metadata) throws RecordingFormatException {
        if (acceptedRows == 0) {
            if (totalRows == 0) {
                throw new RecordingFormatException("The file has a header row (line " + headerLine
                        + ") but no samples after it.");
            }
            throw new RecordingFormatException("The file has no samples: all " + totalRows
                    + (totalRows == 1 ? " row" : " rows") + " after the header were skipped. The first problem was "
                    + firstSkipWarning + ".");
        }
        if (held != null) {
            releaseHeld();
        }
        sink.finish();
        Map<SkipReason, Long> byReason = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : SkipReason.values()) {
            byReason.put(reason, skipped[reason.ordinal()]);
        }
        return new ReadReport(totalRows, acceptedRows, byReason, warnings, suppressedWarnings, List.of(),
                List.of(headerLine), columns, hasGyro, ignoredColumns, metadata);
    }
}
