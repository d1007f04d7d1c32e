package io.reptempo.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * When a session took place: the recording's {@code # date=} or {@code # start_time=} metadata,
 * else the file's modification time, else unknown (the order given on the command line then decides).
 *
 * @param instant null when unknown
 * @param text    the date as shown to the user, e.g. "2024-05-01" or "2024-05-01 18:30"
 * @param source  where it came from, in words: "metadata", "file time" or "order given"
 */
public record SessionDate(Instant instant, String text, String source) {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The date written in the recording's metadata, or null when there is none that reads as a date. */
    public static SessionDate fromMetadata(Map<String, String> metadata, ZoneId zone) {
        for (String key : new String[] {"date", "start_time"}) {
            String v = metadata.get(key);
            if (v != null) {
                SessionDate d = parse(v.trim(), zone);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Metadata first, then the file's modification time, then unknown. */
    public static SessionDate of(Path file, Map<String, String> metadata, ZoneId zone) {
        SessionDate d = fromMetadata(metadata, zone);
        if (d != null) {
            return d;
        }
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            return new SessionDate(modified, MINUTES.format(modified.atZone(zone)), "file time");
        } catch (IOException | RuntimeException e) {
            return new SessionDate(null, "unknown", "order given");
        }
    }

    /** ISO dates and date-times with or without offset, or epoch seconds (milliseconds when that large). */
    static SessionDate parse(String v, ZoneId zone) {
        try {
            OffsetDateTime odt = OffsetDateTime.parse(v);
            return new SessionDate(odt.toInstant(), MINUTES.format(odt.atZoneSameInstant(zone)), "metadata");
        } catch (DateTimeParseException ignored) {
            // not this form
        }
        try {
            Instant i = Instant.parse(v);
            return new SessionDate(i, MINUTES.format(i.atZone(zone)), "metadata");
        } catch (DateTimeParseException ignored) {
            // not this form
        }
        try {
            LocalDateTime ldt = LocalDateTime.parse(v);
            return new SessionDate(ldt.atZone(zone).toInstant(), MINUTES.format(ldt), "metadata");
        } catch (DateTimeParseException ignored) {
            // not this form
        }
        try {
            LocalDate ld = LocalDate.parse(v);
            return new SessionDate(ld.atStartOfDay(zone).toInstant(), ld.toString(), "metadata");
        } catch (DateTimeParseException ignored) {
            // not this form
        }
        try {
            double n = Double.parseDouble(v);
            if (Double.isFinite(n) && n > 0) {
                // Seconds since 1970 are about 1.7e9 today; a value past 1e11 can only be milliseconds.
                long ms = n > 1e11 ? (long) n : (long) (n * 1000);
                Instant i = Instant.ofEpochMilli(ms);
                return new SessionDate(i, MINUTES.format(i.atZone(zone)), "metadata");
            }
        } catch (NumberFormatException ignored) {
            // not a number either
        }
        return null;
    }
}
