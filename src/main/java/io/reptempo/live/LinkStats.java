package io.reptempo.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A snapshot of what came over the wire so far; immutable. Counters cover the whole life of the decoder,
 * across reconnections.
 *
 * @param mode            text or binary (or still detecting)
 * @param bytes           bytes received
 * @param samples         samples passed on (after the continuous clock)
 * @param textRows        text mode: data rows seen (samples and skipped rows)
 * @param skippedRows     text mode: garbled or unusable rows skipped (bad numbers, wrong field count, time not
 *                        increasing, rows before a usable header)
 * @param frames          binary mode: frames with a valid CRC
 * @param crcErrors       binary mode: frames dropped because their CRC did not match
 * @param droppedSamples  binary mode: samples missing from the sequence numbers
 * @param garbageBytes    bytes skipped outside valid frames, and before the mode was known
 * @param waitingForHello binary mode: valid sample frames ignored because no hello had been seen
 * @param deviceRestarts  times the device clock started again (the timeline was continued, see restarts)
 * @param sampleRateHz    measured over the last second of sample time; NaN with fewer than two samples
 * @param nominalRateHz   the rate the sensor announced (hello or {@code # ... rate_hz=}), NaN if none
 * @param device          what the sensor said about itself, empty if nothing
 * @param lastSampleT     continuous time of the last sample, NaN before the first
 * @param restarts        the restarts, in order (the first 100)
 * @param problem         the last thing the sensor sent that cannot be used (e.g. acceleration in g), or null
 */
public record LinkStats(
        WireMode mode,
        long bytes,
        long samples,
        long textRows,
        long skippedRows,
        long frames,
        long crcErrors,
        long droppedSamples,
        long garbageBytes,
        long waitingForHello,
        long deviceRestarts,
        double sampleRateHz,
        double nominalRateHz,
        String device,
        double lastSampleT,
        List<ContinuousClock.Restart> restarts,
        String problem) {

    public LinkStats {
        restarts = List.copyOf(restarts);
    }

    /** One line for a status bar, e.g. "binary, 400.0 Hz, 12034 samples, 3 CRC errors, 5 dropped". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(mode.label());
        if (!Double.isNaN(sampleRateHz)) {
            parts.add(String.format(Locale.ROOT, "%.1f Hz", sampleRateHz));
        }
        parts.add(samples + (samples == 1 ? " sample" : " samples"));
        if (skippedRows > 0) {
            parts.add(skippedRows + " skipped " + (skippedRows == 1 ? "row" : "rows"));
        }
        if (crcErrors > 0) {
            parts.add(crcErrors + (crcErrors == 1 ? " CRC error" : " CRC errors"));
        }
        if (droppedSamples > 0) {
            parts.add(droppedSamples + " dropped");
        }
        if (garbageBytes > 0) {
            parts.add(garbageBytes + " garbage " + (garbageBytes == 1 ? "byte" : "bytes"));
        }
        if (waitingForHello > 0) {
            parts.add(waitingForHello + " before hello");
        }
        if (deviceRestarts > 0) {
            parts.add(deviceRestarts + (deviceRestarts == 1 ? " device restart" : " device restarts"));
        }
        return String.join(", ", parts);
    }
}
