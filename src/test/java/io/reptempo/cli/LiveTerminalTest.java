package io.reptempo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.reptempo.live.Cue;
import io.reptempo.live.CueOutput;
import io.reptempo.live.LiveOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `live` on a (fake) terminal: the view drawn in place, cues counted, the velocity-loss advice; and bad options. */
class LiveTerminalTest {
    private static final Path SAMPLE = Path.of("samples/bench-tempo.csv");
    private static final Pattern ANSI = Pattern.compile("\033\\[[0-9;?]*[A-Za-z]");

    @TempDir
    Path dir;

    /** Counts cues; synchronized because the reader thread plays them. */
    private static final class Counter implements CueOutput {
        private final List<Cue> cues = new ArrayList<>();

        @Override
        public synchronized void play(Cue cue) {
            cues.add(cue);
        }

        synchronized int count(Cue c) {
            return Collections.frequency(cues, c);
        }
    }

    @Test
    void onATerminalTheSetIsDrawnInPlaceWithCuesAndTheAdviceOnce() throws Exception {
        Counter cues = new Counter();
        Path events = dir.resolve("events.jsonl");
        CliRun r = CliRun.live(c -> c.output = new LiveOutput(true, () -> 100, out -> cues), "--replay", SAMPLE,
                "--speed", "0", "--exercise", "bench-press", "--target-tempo", "3-1-1-0", "--metronome",
                "--stop-at-velocity-loss", "15", "--events", events);
        assertEquals(0, r.code(), r.out() + r.err());
        List<JsonObject> log = Files.readAllLines(events).stream()
                .map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
        long reps = log.stream().filter(e -> type(e, "rep")).count();
        assertTrue(reps >= 5);

        // Drawn in place, not as plain lines; the last frame stays, with the whole set on it.
        assertTrue(r.out().contains("\033[?25l") && r.out().contains("\033[2K"), "cursor control");
        assertFalse(r.out().contains("  rep 1  tempo"), "no plain lines on a terminal");
        int lastFrame = r.out().lastIndexOf("reptempo live");
        String frame = ANSI.matcher(r.out().substring(lastFrame)).replaceAll("");
        assertTrue(frame.contains("reps " + reps), frame);
        assertTrue(frame.contains("END THE SET (velocity loss "), frame);
        assertTrue(r.out().trim().endsWith("Set over: " + reps + " reps, average tempo " + averageTempo()),
                r.out().substring(r.out().length() - 200));

        // Cues: one per batch of flags, the advice once, and the metronome's ticks through each eccentric.
        assertEquals(1, log.stream().filter(e -> type(e, "advice")).count());
        assertEquals(1, cues.count(Cue.ADVICE));
        Set<Double> flagBatches = new HashSet<>();
        log.stream().filter(e -> type(e, "flag")).forEach(e -> flagBatches.add(e.get("emitted_t_s").getAsDouble()));
        assertFalse(flagBatches.isEmpty());
        assertEquals(flagBatches.size(), cues.count(Cue.FLAG));
        int[] ticks = expectedTicks(log, 3);
        assertTrue(ticks[0] > 0);
        assertTrue(cues.count(Cue.TICK) >= ticks[0] && cues.count(Cue.TICK) <= ticks[1],
                cues.count(Cue.TICK) + " ticks, expected " + ticks[0] + ".." + ticks[1]);
    }

    @Test
    void plainOutputKeepsItsLinesAndTellsTheAdviceThere() throws Exception {
        Counter cues = new Counter();
        Path events = dir.resolve("events.jsonl");
        CliRun r = CliRun.live(c -> c.output = new LiveOutput(true, () -> 100, out -> cues), "--plain", "--replay",
                SAMPLE, "--speed", "0", "--exercise", "bench-press", "--stop-at-velocity-loss", "15", "--events", events);
        assertEquals(0, r.code(), r.out() + r.err());
        assertFalse(r.out().contains("\033"), "no escape codes in plain lines");
        Matcher m = Pattern.compile("(?m)^ +[0-9]+\\.[0-9] s  END THE SET \\(velocity loss [0-9]+ %\\)$").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertFalse(m.find(), "once");
        assertTrue(r.out().contains("  rep 1  tempo "), r.out());
        assertEquals(1, Files.readAllLines(events).stream().filter(l -> l.contains("\"type\":\"advice\"")).count());
        assertEquals(0, cues.count(Cue.FLAG) + cues.count(Cue.ADVICE), "plain output is silent");
    }

    @Test
    void optionsThatCannotWorkSaySo() {
        CliRun.of("live", "--replay", SAMPLE, "--exercise", "bench-press", "--metronome")
                .assertUserError("--metronome", "--target-tempo");
        CliRun.of("live", "--replay", SAMPLE, "--exercise", "bench-press", "--metronome", "--target-tempo", "X-1-1-0")
                .assertUserError("--metronome", "X (as fast as possible)");
        CliRun.of("live", "--replay", SAMPLE, "--exercise", "biceps-curl", "--stop-at-velocity-loss", "20")
                .assertUserError("--stop-at-velocity-loss", "limb");
        CliRun.of("live", "--replay", SAMPLE, "--exercise", "bench-press", "--stop-at-velocity-loss", "0")
                .assertUserError("--stop-at-velocity-loss", "percentage");
    }

    /**
     * Ticks the metronome owes: for each eccentric, the whole seconds (up to the target) that passed before the
     * sample that ended it. The events file keeps times to the millisecond, so the count is bracketed.
     */
    private static int[] expectedTicks(List<JsonObject> log, int targetS) {
        int low = 0;
        int high = 0;
        double start = Double.NaN;
        for (JsonObject e : log) {
            boolean eccentric = e.has("phase") && e.get("phase").getAsString().equals("eccentric");
            if (type(e, "phase_start") && eccentric) {
                start = e.get("t_s").getAsDouble();
            } else if (!Double.isNaN(start) && (type(e, "phase_end") || type(e, "phase_start"))) {
                double end = e.get("emitted_t_s").getAsDouble();
                for (int k = 1; k <= targetS; k++) {
                    // A sample is 5 ms here: the tick needs a sample before the one that ended the phase.
                    low += start + k < end - 0.005 - 0.002 ? 1 : 0;
                    high += start + k < end + 0.002 ? 1 : 0;
                }
                start = Double.NaN;
            }
        }
        if (!Double.isNaN(start)) {
            low += targetS;
            high += targetS;
        }
        return new int[] {low, high};
    }

    private static boolean type(JsonObject e, String t) {
        return e.get("type").getAsString().equals(t);
    }

    private String averageTempo() throws Exception {
        Path json = dir.resolve("offline.json");
        CliRun offline = CliRun.of("analyze", SAMPLE, "--exercise", "bench-press", "--target-tempo", "3-1-1-0",
                "--json", json, "-q");
        assertEquals(0, offline.code(), offline.err());
        JsonObject summary = JsonParser.parseString(Files.readString(json)).getAsJsonObject()
                .getAsJsonObject("summary");
        return summary.get("average_tempo").getAsString() + ".";
    }
}
