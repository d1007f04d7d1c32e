package io.reptempo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `live --replay`: the same engine as `analyze` and `report`, with events while the set runs and a recording. */
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

    @Test
    void liveReportWritesExactlyWhatTheReportCommandWritesForTheSameRecording() throws Exception {
        Path sample = Path.of("samples/bench-tempo.csv");
        Path liveDir = dir.resolve("live");
        Path offlineDir = dir.resolve("offline");
        CliRun live = CliRun.of("live", "--replay", sample, "--speed", "0", "--exercise", "bench-press",
                "--target-tempo", "3-1-1-0", "--report", liveDir);
        assertEquals(0, live.code(), live.err());
        assertTrue(live.out().contains("Wrote the report into " + liveDir), live.out());
        CliRun offline = CliRun.of("report", sample, "--exercise", "bench-press", "--target-tempo", "3-1-1-0",
                "--out", offlineDir);
        assertEquals(0, offline.code(), offline.err());

        JsonObject liveJson = JsonParser.parseString(Files.readString(liveDir.resolve("session.json"))).getAsJsonObject();
        assertEquals(7, liveJson.getAsJsonArray("reps").size());
        // Source included: same file name, sample count, skipped rows, gaps, duration and metadata.
        assertEquals(Files.readString(offlineDir.resolve("session.json")), Files.readString(liveDir.resolve("session.json")));
        List<String> names;
        try (var files = Files.list(offlineDir)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("report.html", "report.pdf", "reps.csv", "session.json", "tempo.png", "tempo.svg",
                "trace.png", "trace.svg", "velocity_rom.png", "velocity_rom.svg"), names);
        for (String name : names) {
            if (name.equals("report.pdf")) {
                continue; // PDFBox stamps each file with a new document id: compare the text
            }
            assertArrayEquals(Files.readAllBytes(offlineDir.resolve(name)), Files.readAllBytes(liveDir.resolve(name)),
                    name);
        }
        assertEquals(pdfText(offlineDir.resolve("report.pdf")), pdfText(liveDir.resolve("report.pdf")));
    }

    @Test
    void guiWithoutADisplayIsAOneLineUserError() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "this JVM has a display");
        CliRun r = CliRun.of("live", "--replay", Path.of("samples/bench-tempo.csv"), "--speed", "0", "--exercise",
                "bench-press", "--gui");
        r.assertUserError("--gui needs a display", "Leave out --gui");
    }

    @Test
    void aReportFolderThatIsAFileIsAUserError() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        CliRun r = CliRun.of("live", "--replay", Path.of("samples/bench-tempo.csv"), "--speed", "0", "--exercise",
                "bench-press", "--report", file);
        r.assertUserError("--report", "is a file");
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
