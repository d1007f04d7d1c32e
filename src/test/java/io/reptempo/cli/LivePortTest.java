package io.reptempo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.reptempo.live.SocatPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `live --port` over a real pseudo-terminal: the emulator plays a recording in binary frames with
 * garbage and corrupted frames mixed in; the live report matches `analyze` on the same recording.
 */
class LivePortTest {

    @TempDir
    Path dir;

    @Test
    void liveOverASerialLinkGivesTheOfflineReps() throws Exception {
        Assumptions.assumeTrue(SocatPair.available(), "socat is not installed");
        Path sample = Path.of("samples/bench-tempo.csv");
        Path liveJson = dir.resolve("live.json");
        Path offlineJson = dir.resolve("offline.json");
        try (SocatPair pair = SocatPair.start()) {
            CompletableFuture<CliRun> live = CompletableFuture.supplyAsync(() -> CliRun.of("live", "--port", pair.b(),
                    "--exercise", "bench-press", "--stop-after", "53", "--json", liveJson));
            Thread.sleep(1000);
            CliRun emulator = CliRun.of("emulate", "--port", pair.a(), "--recording", sample, "--binary",
                    "--rate-x", "8", "--faults", "garbage,crc");
            assertEquals(0, emulator.code(), emulator.err());
            CliRun result = live.get(30, TimeUnit.SECONDS);
            assertEquals(0, result.code(), result.out() + result.err());
            assertTrue(result.out().contains("CRC errors"), result.out());
        }
        CliRun offline = CliRun.of("analyze", sample, "--exercise", "bench-press", "--json", offlineJson, "-q");
        assertEquals(0, offline.code(), offline.err());
        JsonObject a = JsonParser.parseString(Files.readString(liveJson)).getAsJsonObject();
        JsonObject b = JsonParser.parseString(Files.readString(offlineJson)).getAsJsonObject();
        assertEquals(b.getAsJsonArray("reps").size(), a.getAsJsonArray("reps").size(), "rep count");
        for (int i = 0; i < b.getAsJsonArray("reps").size(); i++) {
            JsonObject x = a.getAsJsonArray("reps").get(i).getAsJsonObject();
            JsonObject y = b.getAsJsonArray("reps").get(i).getAsJsonObject();
            for (String key : List.of("eccentric_s", "concentric_s", "rom_m")) {
                // A corrupted frame drops a 5 ms sample now and then: timings agree to a few ms.
                double tolerance = key.equals("rom_m") ? 0.005 : 0.03;
                assertEquals(y.get(key).getAsDouble(), x.get(key).getAsDouble(), tolerance, key + " of rep " + (i + 1));
            }
        }
    }

    @Test
    void aMissingSourceIsAUserError() {
        CliRun r = CliRun.of("live", "--exercise", "squat");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--port"), r.err());
    }
}
