package io.reptempo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session dates come from the metadata in the forms devices write, else from the file. */
class SessionDateTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    @TempDir
    Path dir;

    @Test
    void metadataDatesInCommonForms() {
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), SessionDate.parse("2024-05-01", UTC).instant());
        assertEquals("2024-05-01", SessionDate.parse("2024-05-01", UTC).text());
        assertEquals(Instant.parse("2024-05-01T18:30:00Z"), SessionDate.parse("2024-05-01T18:30:00", UTC).instant());
        assertEquals(Instant.parse("2024-05-01T16:30:00Z"), SessionDate.parse("2024-05-01T18:30:00+02:00", UTC).instant());
        assertEquals(Instant.parse("2024-05-01T18:30:00Z"), SessionDate.parse("2024-05-01T18:30:00Z", UTC).instant());
        assertEquals(Instant.ofEpochSecond(1714588200), SessionDate.parse("1714588200", UTC).instant());
        assertEquals(Instant.ofEpochSecond(1714588200), SessionDate.parse("1714588200000", UTC).instant(), "milliseconds");
        assertNull(SessionDate.parse("last tuesday", UTC));
    }

    @Test
    void dateThenStartTimeThenFileTime() throws Exception {
        Path f = Files.writeString(dir.resolve("x.csv"), "t,ax,ay,az\n");
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2023-01-02T03:04:00Z")));
        assertEquals("2024-05-01", SessionDate.of(f, Map.of("date", "2024-05-01", "start_time", "2020-01-01"), UTC).text());
        assertEquals("2020-01-01", SessionDate.of(f, Map.of("date", "soon", "start_time", "2020-01-01"), UTC).text());
        SessionDate fromFile = SessionDate.of(f, Map.of(), UTC);
        assertEquals("file time", fromFile.source());
        assertEquals("2023-01-02 03:04", fromFile.text());
        SessionDate unknown = SessionDate.of(dir.resolve("gone.csv"), Map.of(), UTC);
        assertNull(unknown.instant());
        assertNotNull(unknown.text());
    }
}
