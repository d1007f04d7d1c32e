package io.reptempo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.reptempo.live.Emulator;
import io.reptempo.live.SocatPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults on the wire, end to end through `live --port` over a socat pseudo-terminal pair, with the emulator's
 * {@code --faults}: broken text lines and garbage counted and skipped, a device restart in the middle of the set,
 * CRC errors and sequence gaps counted as dropped, the cable pulled and put back, a wrong baud rate. (Garbage with
 * CRC errors in binary mode is in {@link LivePortTest}.)
 */
class LiveFaultsTest {
    private static final Path SAMPLE = Path.of("samples/bench-tempo.csv");

    @TempDir
    Path dir;
    private SocatPair pair;

    @BeforeEach
    void pair() throws Exception {
        Assumptions.assumeTrue(SocatPair.available(), "socat is not installed");
        pair = SocatPair.start();
    }

    @AfterEach
    void close() throws Exception {
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void brokenLinesAndGarbageAreSkippedAndARestartMidSetKeepsTheReps() throws Exception {
        Path json = dir.resolve("live.json");
        Path events = dir.resolve("events.jsonl");
        Path record = dir.resolve("record.csv");
        CompletableFuture<CliRun> live = live("--stop-after", "52", "--json", json, "--events", events,
                "--record", record);
        CliRun emulator = CliRun.of("emulate", "--port", pair.a(), "--recording", SAMPLE, "--rate-x", "8",
                "--faults", "garbage,malformed,restart");
        assertEquals(0, emulator.code(), emulator.err());
        CliRun r = live.get(30, TimeUnit.SECONDS);
        assertEquals(0, r.code(), r.out() + r.err());

        String link = line(r.out(), "Link: ");
        assertTrue(link.startsWith("Link: text"), link);
        assertEquals(1, count(link, "device restarts?"), link);
        // Every broken line the emulator sent before the set was stopped is among the skipped rows, and so are the
        // rows that garbage landed in (in text mode garbage spoils the line it falls into).
        long malformed = count(emulator.out(), "malformed");
        long bursts = count(emulator.out(), "garbage bursts");
        long skipped = count(link, "skipped rows?");
        assertTrue(malformed > 0 && bursts > 0, emulator.out());
        // A burst with a line end in it spoils two lines: its own and the row it runs into.
        assertTrue(skipped >= malformed - 2 && skipped <= malformed + 2 * bursts, link + " / " + emulator.out());
        assertTrue(Files.readString(events).contains("\"status\":\"device_restarted\""));
        assertTrue(Files.readAllLines(record).stream().anyMatch(l -> l.startsWith("# device_restarted at ")));
        assertSameRepsAsOffline(json, 0.03, r.out() + emulator.out());
    }

    @Test
    void crcErrorsAndSequenceGapsAreCountedAsDropped() throws Exception {
        Path json = dir.resolve("live.json");
        CompletableFuture<CliRun> live = live("--stop-after", "53", "--json", json);
        CliRun emulator = CliRun.of("emulate", "--port", pair.a(), "--recording", SAMPLE, "--binary", "--rate-x",
                "8", "--faults", "crc,drop");
        assertEquals(0, emulator.code(), emulator.err());
        CliRun r = live.get(30, TimeUnit.SECONDS);
        assertEquals(0, r.code(), r.out() + r.err());

        String link = line(r.out(), "Link: ");
        Matcher lost = Pattern.compile("lost on purpose: ([0-9]+) \\(0 malformed, ([0-9]+) corrupted, ([0-9]+) "
                + "dropped").matcher(emulator.out());
        assertTrue(lost.find(), emulator.out());
        long sentLost = Long.parseLong(lost.group(1));
        long corrupted = Long.parseLong(lost.group(2));
        long dropped = count(link, "dropped");
        long crc = count(link, "CRC errors?");
        assertTrue(crc >= 1 && crc <= corrupted, link + " / " + emulator.out());
        // Each lost sample leaves a gap in the sequence numbers; only gaps after the set was stopped go unseen.
        assertTrue(dropped <= sentLost && dropped >= sentLost - 10, link + " / " + emulator.out());
        assertSameRepsAsOffline(json, 0.03, r.out() + emulator.out());
    }

    @Test
    void aPulledCableIsReportedAndTheRecordingGoesOnWithTheSeamMarked() throws Exception {
        Path events = dir.resolve("events.jsonl");
        Path record = dir.resolve("record.csv");
        CompletableFuture<CliRun> live = live("--stop-after", "60", "--events", events, "--record", record);
        try (PlayingSensor first = PlayingSensor.start(pair.a(), SAMPLE, true, 16)) {
            // 20 s of the set, then the cable comes out: the device file goes away.
            Thread.sleep(1250);
            pair.close();
        }
        Thread.sleep(1000);
        pair = SocatPair.start(pair.a(), pair.b());
        // Plugged in again, the sensor starts from scratch: hello, device time from 0, the set from the start.
        try (PlayingSensor second = PlayingSensor.start(pair.a(), SAMPLE, true, 16)) {
            CliRun r = live.get(30, TimeUnit.SECONDS);
            assertEquals(0, r.code(), r.out() + r.err());
            assertTrue(r.out().contains("sensor lost: "), r.out());
            assertTrue(r.out().contains("sensor back on " + pair.b()), r.out());
            assertEquals(1, count(line(r.out(), "Link: "), "device restarts?"), r.out());
        }
        List<String> order = new ArrayList<>();
        for (String l : Files.readAllLines(events)) {
            JsonObject e = JsonParser.parseString(l).getAsJsonObject();
            if (e.get("type").getAsString().equals("status")) {
                order.add(e.get("status").getAsString());
            }
        }
        int lostAt = order.indexOf("sensor_lost");
        int backAt = order.indexOf("sensor_back");
        assertTrue(lostAt >= 0 && backAt > lostAt && order.indexOf("device_restarted") > backAt, order.toString());

        // One recording across the seam: time keeps increasing, and notes say where the sensor was lost and back.
        List<String> lines = Files.readAllLines(record);
        double last = Double.NEGATIVE_INFINITY;
        int rows = 0;
        List<String> notes = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("#")) {
                notes.add(l);
            } else if (!l.startsWith("t,")) {
                double t = Double.parseDouble(l.substring(0, l.indexOf(',')));
                assertTrue(t > last, "time increases at " + l);
                last = t;
                rows++;
            }
        }
        assertTrue(last > 55, "the recording runs past the seam: " + last);
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("# sensor_lost at ")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("# sensor_back at ")), notes.toString());
        CliRun analysed = CliRun.of("analyze", record, "--exercise", "bench-press", "-q");
        assertEquals(0, analysed.code(), analysed.err());
        assertTrue(rows > 10_000, "both stretches recorded: " + rows);
    }

    @Test
    void aWrongBaudRateIsNamedAndTheSetGoesOnOnceDataDecodes() throws Exception {
        CompletableFuture<CliRun> live = live("--stop-after", "8");
        SplittableRandom rng = new SplittableRandom(9);
        try (Emulator.Output port = Emulator.openPort(pair.a(), 115200)) {
            long end = System.nanoTime() + 3_500_000_000L;
            while (System.nanoTime() < end) {
                // A sensor at 921600 baud read at 115200: bytes, but no line and no frame.
                byte[] noise = new byte[64];
                for (int i = 0; i < noise.length; i++) {
                    noise[i] = (byte) (0x80 | rng.nextInt(0x80));
                }
                port.write(noise, 0, noise.length);
                Thread.sleep(20);
            }
        }
        // The sensor set to the right rate: now it decodes.
        try (PlayingSensor sensor = PlayingSensor.start(pair.a(), SAMPLE, false, 8)) {
            CliRun r = live.get(30, TimeUnit.SECONDS);
            assertEquals(0, r.code(), r.out() + r.err());
            int wrong = r.out().indexOf("no valid data at 115200 baud: is the sensor set to another rate? "
                    + "try --baud 921600");
            assertTrue(wrong > 0, r.out());
            assertTrue(r.out().indexOf("receiving text data", wrong) > wrong, r.out());
            assertTrue(line(r.out(), "Link: ").startsWith("Link: text"), r.out());
        }
    }

    private CompletableFuture<CliRun> live(Object... args) throws InterruptedException {
        List<Object> all = new ArrayList<>(List.of("live", "--port", pair.b(), "--exercise", "bench-press"));
        all.addAll(List.of(args));
        CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> CliRun.of(all.toArray()));
        // Listening before the sensor starts, as in use.
        Thread.sleep(800);
        return run;
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElse("");
    }

    /** The number before a word in a summary ("12 skipped rows"), 0 when absent. */
    private static long count(String text, String wordPattern) {
        Matcher m = Pattern.compile("([0-9]+) " + wordPattern + "\\b").matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private void assertSameRepsAsOffline(Path liveJson, double toleranceS, String context) throws Exception {
        Path offlineJson = dir.resolve("offline.json");
        CliRun offline = CliRun.of("analyze", SAMPLE, "--exercise", "bench-press", "--json", offlineJson, "-q");
        assertEquals(0, offline.code(), offline.err());
        JsonObject a = JsonParser.parseString(Files.readString(liveJson)).getAsJsonObject();
        JsonObject b = JsonParser.parseString(Files.readString(offlineJson)).getAsJsonObject();
        assertEquals(b.getAsJsonArray("reps").size(), a.getAsJsonArray("reps").size(), "rep count: " + context);
        for (int i = 0; i < b.getAsJsonArray("reps").size(); i++) {
            JsonObject x = a.getAsJsonArray("reps").get(i).getAsJsonObject();
            JsonObject y = b.getAsJsonArray("reps").get(i).getAsJsonObject();
            for (String key : List.of("eccentric_s", "concentric_s")) {
                assertEquals(y.get(key).getAsDouble(), x.get(key).getAsDouble(), toleranceS, key + " of rep " + (i + 1)
                        + ": " + context);
            }
        }
    }
}
