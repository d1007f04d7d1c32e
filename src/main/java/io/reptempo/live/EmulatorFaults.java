package io.reptempo.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the emulator breaks on purpose, from {@code --faults garbage,crc,pause=3}.
 *
 * @param garbage   random bytes between lines or frames now and then
 * @param malformed broken lines (text) or cut-off frames (binary) now and then
 * @param crc       a flipped byte in some binary frames (their CRC no longer matches)
 * @param drop      a few samples skipped now and then (binary: the sequence numbers jump)
 * @param restart   once, halfway: the device restarts (header or hello again, device time from 0)
 * @param pauseS    once, at a third of the stream: nothing sent for this many seconds of sensor time (wall seconds
 *                  at --rate-x 1), as when the cable is pulled; 0 for no pause
 */
public record EmulatorFaults(boolean garbage, boolean malformed, boolean crc, boolean drop, boolean restart,
                             double pauseS) {

    /** The names accepted by {@link #parse(String)}. */
    public static final String NAMES = "garbage, malformed, crc, drop, restart, pause=SECONDS";

    public EmulatorFaults {
        if (!(pauseS >= 0 && pauseS <= 3600)) {
            throw new IllegalArgumentException("pause must be between 0 and 3600 seconds");
        }
    }

    public static EmulatorFaults none() {
        return new EmulatorFaults(false, false, false, false, false, 0);
    }

    /**
     * Parses a comma-separated list such as {@code garbage,crc,pause=2}; null or blank is none.
     *
     * @throws IllegalArgumentException naming the word that is not a fault
     */
    public static EmulatorFaults parse(String list) {
        boolean garbage = false;
        boolean malformed = false;
        boolean crc = false;
        boolean drop = false;
        boolean restart = false;
        double pause = 0;
        if (list == null || list.isBlank()) {
            return none();
        }
        for (String raw : list.split(",")) {
            String word = raw.strip().toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                continue;
            }
            if (word.startsWith("pause")) {
                String value = word.substring("pause".length()).strip();
                if (!value.startsWith("=")) {
                    throw new IllegalArgumentException("pause needs a length in seconds, e.g. pause=3");
                }
                try {
                    pause = Double.parseDouble(value.substring(1).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("pause needs a length in seconds, e.g. pause=3, not '"
                            + raw.strip() + "'");
                }
                if (!(pause > 0 && pause <= 3600)) {
                    throw new IllegalArgumentException("pause must be more than 0 and at most 3600 seconds");
                }
                continue;
            }
            switch (word) {
                case "garbage" -> garbage = true;
                case "malformed" -> malformed = true;
                case "crc" -> crc = true;
                case "drop" -> drop = true;
                case "restart" -> restart = true;
                default -> throw new IllegalArgumentException("unknown fault '" + raw.strip() + "' (faults: " + NAMES
                        + ")");
            }
        }
        return new EmulatorFaults(garbage, malformed, crc, drop, restart, pause);
    }

    public boolean any() {
        return garbage || malformed || crc || drop || restart || pauseS > 0;
    }

    /** The list as it would be written, e.g. "garbage, crc, pause=3 s"; "none" when empty. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (garbage) {
            parts.add("garbage");
        }
        if (malformed) {
            parts.add("malformed");
        }
        if (crc) {
            parts.add("crc");
        }
        if (drop) {
            parts.add("drop");
        }
        if (restart) {
            parts.add("restart");
        }
        if (pauseS > 0) {
            parts.add("pause=" + (pauseS == Math.rint(pauseS) ? Long.toString((long) pauseS) : Double.toString(pauseS))
                    + " s");
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
