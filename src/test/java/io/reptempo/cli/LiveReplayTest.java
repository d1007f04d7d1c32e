package io.reptempo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `live --replay`: the same engine as `analyze`, with events while the set runs and a recording. */
class LiveReplayTest {

    @TempDir
    Path dir;

    @Test
    void liveReportEqualsTheOfflineAnalysisAndTheRecordingReplaysTheSameReps() throws Exception {
        Path sample = Path.of("samples/eccentric-only.csv");
        Path liveJson = dir.resolve("live.json");
        Path offlineJson = dir.resolve("offline.json");
        Path events = dir.resolve("events.jsonl");
        Path record = dir.resolve("record.csv");
        CliRun live = CliRun.of("live", "--replay", sample, "--speed", "0", "--exercise", "bench-press",
                "--mode", "eccentric-only", "--json", liveJson, "--events", events, "--record", record);
        assertEquals(0, live.code(), live.err());
        CliRun offline = CliRun.of("analyze", sample, "--exercise", "bench-press", "--mode", "eccentric-only",
                "--json", offlineJson, "-q");
        assertEquals(0, offline.code(), offline.err());
        JsonObject a = JsonParser.parseString(Files.readString(liveJson)).getAsJsonObject();
        JsonObject b = JsonParser.parseString(Files.readString(offlineJson)).getAsJsonObject();
        for (String key : List.of("reps", "shortening", "summary", "settings")) {
            assertEquals(b.get(key), a.get(key), key);
        }

        List<String> lines = Files.readAllLines(events);
        int reps = 0;
        int starts = 0;
        for (String line : lines) {
            JsonObject e = JsonParser.parseString(line).getAsJsonObject();
            assertTrue(e.has("type") && e.has("t_s") && e.has("emitted_t_s") && e.has("wall_ms"), line);
            assertTrue(e.get("t_s").getAsDouble() <= e.get("emitted_t_s").getAsDouble() + 1e-9, line);
            reps += e.get("type").getAsString().equals("rep") ? 1 : 0;
            starts += e.get("type").getAsString().equals("phase_start") ? 1 : 0;
        }
        assertEquals(b.getAsJsonArray("reps").size(), reps, "one rep event per rep");
        assertTrue(starts >= 2 * reps, "an eccentric and a concentric start per rep");

        Path replayJson = dir.resolve("replay.json");
        CliRun again = CliRun.of("analyze", record, "--exercise", "bench-press", "--mode", "eccentric-only",
                "--json", replayJson, "-q");
        assertEquals(0, again.code(), again.err());
        JsonObject c = JsonParser.parseString(Files.readString(replayJson)).getAsJsonObject();
        assertEquals(b.getAsJsonArray("reps").size(), c.getAsJsonArray("reps").size(), "the recording has the set");
    }
}
