package io.reptempo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.reptempo.window.DisplayCheck;
import java.awt.Frame;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code live --gui}: closing the window ends the set like Ctrl-C, with the reports written and exit code 0. */
@Tag("gui")
class LiveGuiCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void display() {
        DisplayCheck.requireDisplay();
    }

    @Test
    void closingTheWindowMidSetEndsItWritesTheReportAndExitsNormally() throws Exception {
        Path report = dir.resolve("report");
        Path json = dir.resolve("set.json");
        // Real time: the 53 s recording is far from over when the window is closed after about 3 s.
        CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> CliRun.of("live", "--replay",
                Path.of("samples/bench-tempo.csv"), "--speed", "1", "--exercise", "bench-press", "--target-tempo",
                "3-1-1-0", "--gui", "--report", report, "--json", json));
        Frame window = awaitWindow();
        Thread.sleep(3000);
        assertFalse(run.isDone(), "still replaying");
        SwingUtilities.invokeAndWait(() -> window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING)));
        CliRun r = run.get(20, TimeUnit.SECONDS);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Set over"), r.out());
        assertFalse(window.isDisplayable(), "the window is gone");
        JsonObject set = JsonParser.parseString(Files.readString(report.resolve("session.json"))).getAsJsonObject();
        double seconds = set.getAsJsonObject("source").get("duration_s").getAsDouble();
        assertTrue(seconds > 1 && seconds < 15, "ended where the window closed, not at the file's end: " + seconds);
        assertTrue(Files.size(report.resolve("report.pdf")) > 0);
        assertEquals(set.get("source"),
                JsonParser.parseString(Files.readString(json)).getAsJsonObject().get("source"), "--json agrees");
    }

    private static Frame awaitWindow() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            for (Frame f : Frame.getFrames()) {
                if (f.isShowing() && f.getTitle().startsWith("reptempo live")) {
                    return f;
                }
            }
            Thread.sleep(50);
        }
        assertNotNull(null, "the live window opened");
        return null;
    }
}
