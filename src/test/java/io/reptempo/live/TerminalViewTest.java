package io.reptempo.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.reps.FlagType;
import io.reptempo.reps.PhaseKind;
import io.reptempo.reps.Rep;
import io.reptempo.reps.TempoPrescription;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The terminal view drawn from recorded live events on a terminal of known width. */
class TerminalViewTest {
    private static final Pattern ANSI = Pattern.compile("\033\\[[0-9;?]*[A-Za-z]");
    private static final int WIDTH = 72;

    private static String visible(String line) {
        return ANSI.matcher(line).replaceAll("");
    }

    private static String screen(List<String> lines) {
        return String.join("\n", lines);
    }

    @Test
    void aRecordedSetShowsItsRepCountTempoColoursAndFlags() throws Exception {
        AnalysisSettings settings = AnalysisSettings.defaults(ExerciseProfile.preset("bench-press"))
                .withTarget(TempoPrescription.parse("3-1-1-0"));
        RecordedEvents recorded = RecordedEvents.of(Path.of("samples/bench-tempo.csv"), settings);
        List<Rep> reps = recorded.result().reps();
        assertTrue(reps.size() >= 5, "the sample set has its reps");

        LiveStatusTracker tracker = new LiveStatusTracker();
        TerminalView view = new TerminalView("bench-press");
        int repsSeen = 0;
        int offTarget = 0;
        int onTarget = 0;
        for (LiveEvent e : recorded.events()) {
            tracker.accept(e);
            if (!e.type().equals("rep")) {
                continue;
            }
            repsSeen++;
            Rep rep = reps.get(repsSeen - 1);
            List<String> lines = view.render(tracker.snapshot(e.emittedTS(), null), WIDTH);
            String shown = screen(lines);
            assertTrue(visible(shown).contains("reps " + repsSeen), shown);
            // Announced as the rep ends, before the pause after it is known: the rest agrees with the final rep.
            String announced = e.details().get("tempo").getAsString();
            assertTrue(visible(shown).contains("rep " + repsSeen + " tempo " + announced + "   target 3-1-1-0"),
                    visible(shown));
            String[] parts = announced.split("-");
            String[] finalParts = rep.tempo().split("-");
            PhaseKind[] kinds = PhaseKind.values();
            for (int i = 0; i < 4; i++) {
                if (parts[i].equals("?")) {
                    assertTrue(lines.get(2).contains("-?"), lines.get(2));
                    continue;
                }
                assertEquals(finalParts[i], parts[i], kinds[i] + " of rep " + repsSeen);
                // Each phase in green when on target, red when the analysis flagged it off target.
                PhaseKind kind = kinds[i];
                boolean off = rep.flags().stream().anyMatch(f -> LiveStatusTracker.tempoPhase(f.type().code()) == kind);
                String colour = off ? TerminalView.RED : TerminalView.GREEN;
                assertTrue(lines.get(2).contains(colour + parts[i] + TerminalView.RESET),
                        kinds[i] + " of rep " + repsSeen + " in " + (off ? "red" : "green") + ": " + lines.get(2));
                offTarget += off ? 1 : 0;
                onTarget += off ? 0 : 1;
            }
            for (String line : lines) {
                assertTrue(visible(line).length() <= WIDTH - 1, "fits the width: " + visible(line));
            }
        }
        assertEquals(reps.size(), repsSeen);
        assertTrue(offTarget > 0 && onTarget > 0, "the sample set has phases on and off target");
        // The set has flags; the latest ones are on screen in their own words.
        List<LiveEvent> flags = recorded.ofType("flag");
        assertFalse(flags.isEmpty());
        String last = flags.get(flags.size() - 1).details().get("message").getAsString();
        List<String> end = view.render(tracker.snapshot(recorded.events().get(recorded.events().size() - 1)
                .emittedTS(), null), 200);
        assertTrue(visible(screen(end)).contains(last), screen(end));
        assertTrue(end.stream().anyMatch(l -> l.startsWith(TerminalView.YELLOW) && visible(l).equals(last)));
    }

    @Test
    void statusGoesFromWaitingThroughCalibratingToReadyAndShowsALostSensor() {
        LiveStatusTracker t = new LiveStatusTracker();
        assertEquals(LiveStatus.Stage.WAITING, t.snapshot(Double.NaN, null).stage());
        t.accept(LiveEvent.status("connected", "connected to /dev/x at 115200 baud; waiting for data", Double.NaN));
        assertEquals(LiveStatus.Stage.WAITING, t.snapshot(Double.NaN, null).stage());
        t.accept(LiveEvent.status("receiving", "receiving binary data", 0.01));
        assertEquals(LiveStatus.Stage.CALIBRATING, t.snapshot(0.01, null).stage());
        t.accept(LiveEvent.status("ready", "calibrated: hold still at the start of each set", 1.2));
        LiveStatus ready = t.snapshot(1.3, null);
        assertEquals(LiveStatus.Stage.READY, ready.stage());
        t.accept(LiveEvent.status("sensor_lost", "sensor lost: /dev/x disappeared (cable pulled?)", 5.0));
        assertEquals(LiveStatus.Stage.SENSOR_LOST, t.snapshot(5.0, null).stage());
        t.accept(LiveEvent.status("sensor_back", "sensor back on /dev/x", 5.0));
        assertEquals(LiveStatus.Stage.WAITING, t.snapshot(5.0, null).stage());
        t.accept(LiveEvent.status("receiving", "receiving binary data", 5.0));
        assertEquals(LiveStatus.Stage.READY, t.snapshot(5.1, null).stage());
        t.accept(LiveEvent.status("waiting_for_data", "no data from the sensor for 1 s", 8.0));
        assertEquals(LiveStatus.Stage.SENSOR_LOST, t.snapshot(8.0, null).stage(), "silence after data");
        t.accept(LiveEvent.status("wrong_baud", "no valid data at 115200 baud", 8.0));
        assertEquals(LiveStatus.Stage.PROBLEM, t.snapshot(8.0, null).stage());

        TerminalView view = new TerminalView("squat");
        String first = view.render(ready, WIDTH).get(0);
        assertTrue(first.contains(TerminalView.BOLD + TerminalView.GREEN + "READY" + TerminalView.RESET), first);
        String lost = view.render(new LiveStatus(LiveStatus.Stage.SENSOR_LOST, "sensor lost: cable pulled", null,
                Double.NaN, 0, null, List.of(), null, Double.NaN, null), WIDTH).get(0);
        assertTrue(lost.contains(TerminalView.RED + "SENSOR LOST"), lost);
        String waiting = view.render(new LiveStatusTracker().snapshot(Double.NaN, null), WIDTH).get(0);
        assertTrue(visible(waiting).contains("WAITING FOR THE SENSOR"), waiting);
        String calibrating = view.render(new LiveStatus(LiveStatus.Stage.CALIBRATING, "", null, Double.NaN, 0, null,
                List.of(), null, 0.5, null), WIDTH).get(0);
        assertTrue(visible(calibrating).contains("HOLD STILL, CALIBRATING"), calibrating);
    }

    @Test
    void theRunningPhaseCountsInSampleTimeAndThePauseAfterIt() {
        LiveStatusTracker t = new LiveStatusTracker();
        t.accept(phase(true, "eccentric", 10.0, 10.2));
        LiveStatus s = t.snapshot(12.34, null);
        assertEquals(PhaseKind.ECCENTRIC, s.phase());
        assertEquals(2.34, s.phaseSeconds(), 1e-9);
        assertTrue(visible(new TerminalView("squat").render(s, WIDTH).get(1)).startsWith("ECCENTRIC    2.3 s"));
        t.accept(phase(false, "eccentric", 13.0, 13.1));
        LiveStatus pause = t.snapshot(13.5, null);
        assertNull(pause.phase());
        assertEquals(0.5, pause.phaseSeconds(), 1e-9);
        assertTrue(visible(new TerminalView("squat").render(pause, WIDTH).get(1)).startsWith("pause   0.5 s"));
    }

    @Test
    void linkLossesAndTheAdviceAreShown() {
        LiveStatusTracker t = new LiveStatusTracker();
        JsonObject a = new JsonObject();
        a.addProperty("message", "END THE SET (velocity loss 23 %)");
        t.accept(new LiveEvent("advice", 30, 30, a));
        LinkStats link = new LinkStats(WireMode.BINARY, 100_000, 4000, 0, 0, 4100, 2, 5, 17, 0, 0, 399.6, 400,
                "400 Hz", 10, List.of(), null);
        List<String> lines = new TerminalView("squat").render(t.snapshot(30, link), WIDTH);
        String all = visible(screen(lines));
        assertTrue(all.contains("END THE SET (velocity loss 23 %)"), all);
        assertTrue(lines.stream().anyMatch(l -> l.contains(TerminalView.BOLD + TerminalView.RED + "END THE SET")));
        assertTrue(all.contains("400 Hz, 4000 samples, 5 dropped, 2 garbled"), all);
    }

    @Test
    void aNarrowTerminalGetsCutLinesAndDeviceTextCannotSendEscapes() {
        LiveStatusTracker t = new LiveStatusTracker();
        t.accept(LiveEvent.status("data_problem", "evil \033[2J text from a device", 1));
        List<String> lines = new TerminalView("bench-press").render(t.snapshot(1, null), 30);
        for (String l : lines) {
            assertTrue(visible(l).length() <= 29, l);
            assertFalse(l.contains("\033[2J"), l);
        }
        List<String> wide = new TerminalView("bench-press").render(t.snapshot(1, null), 200);
        assertTrue(visible(wide.get(0)).contains("evil ?[2J text"), wide.get(0));
    }

    private static LiveEvent phase(boolean start, String kind, double t, double emitted) {
        JsonObject d = new JsonObject();
        d.addProperty("phase", kind);
        d.addProperty("direction", "down");
        return new LiveEvent(start ? "phase_start" : "phase_end", t, emitted, d);
    }

    @Test
    void tempoFlagsMapToTheirPhase() {
        List<PhaseKind> seen = new ArrayList<>();
        for (FlagType f : FlagType.values()) {
            PhaseKind k = LiveStatusTracker.tempoPhase(f.code());
            if (k != null) {
                seen.add(k);
            }
        }
        assertEquals(8, seen.size(), "two tempo flags for each of the four phases");
        assertNull(LiveStatusTracker.tempoPhase(FlagType.SHORTENING.code()));
    }
}
