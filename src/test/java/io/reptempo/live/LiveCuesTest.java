package io.reptempo.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When live mode sounds: flags, the advice, and the metronome through the target eccentric. */
class LiveCuesTest {

    /** Counts what would be sounded, with the sample time of each tick. */
    private static final class Counter implements CueOutput {
        final List<Cue> cues = new ArrayList<>();

        @Override
        public void play(Cue cue) {
            cues.add(cue);
        }

        int count(Cue c) {
            return Collections.frequency(cues, c);
        }
    }

    /** Plays 100 Hz sample times through the cues; events are given at the sample time they are emitted. */
    private static final class Run {
        final Counter counter = new Counter();
        final LiveCues cues;
        final SampleSink sink;
        final List<Double> tickTimes = new ArrayList<>();
        double t;

        Run(double eccentricTargetS) {
            cues = new LiveCues(counter, eccentricTargetS);
            sink = cues.watching(s -> {
            });
        }

        void until(double end) {
            for (; t <= end + 1e-9; t = Math.round((t + 0.01) * 100) / 100.0) {
                int before = counter.count(Cue.TICK);
                sink.accept(Sample.accel(t, 0, 0, 9.81));
                if (counter.count(Cue.TICK) > before) {
                    tickTimes.add(t);
                }
            }
        }

        void event(LiveEvent e) {
            cues.accept(e);
        }
    }

    @Test
    void theMetronomeTicksEachSecondOfTheTargetEccentricWhileItRuns() {
        Run run = new Run(3);
        run.until(10.0);
        // Dated back: the movement began at 9.95 and was noticed at 10.0.
        run.event(phase(true, "eccentric", 9.95, 10.0));
        run.until(14.5);
        assertEquals(List.of(10.95, 11.95, 12.95), run.tickTimes, "1, 2 and 3 s into a 4.5 s eccentric, no more");
        run.event(phase(false, "eccentric", 14.5, 14.5));
        run.event(phase(true, "concentric", 15.0, 15.0));
        run.until(17);
        assertEquals(3, run.counter.count(Cue.TICK), "no ticks in a concentric");

        run.event(phase(true, "eccentric", 17.0, 17.0));
        run.until(18.5);
        run.event(phase(false, "eccentric", 18.5, 18.5));
        run.until(21);
        assertEquals(4, run.counter.count(Cue.TICK), "a 1.5 s eccentric hears one tick");
    }

    @Test
    void aTargetThatIsNotWholeTicksAtItsEndToo() {
        Run run = new Run(2.5);
        run.until(1);
        run.event(phase(true, "eccentric", 1.0, 1.0));
        run.until(5);
        assertEquals(List.of(2.0, 3.0, 3.5), run.tickTimes);
    }

    @Test
    void withoutAMetronomeSamplesGoStraightThrough() {
        Counter c = new Counter();
        SampleSink next = s -> {
        };
        assertSame(next, new LiveCues(c, Double.NaN).watching(next));
    }

    @Test
    void oneCuePerBatchOfFlagsAndOneForTheAdvice() {
        Counter c = new Counter();
        LiveCues cues = new LiveCues(c, Double.NaN);
        // A rep ending with three flags: one cue.
        cues.accept(flag(12.0, 15.2));
        cues.accept(flag(13.0, 15.2));
        cues.accept(flag(14.0, 15.2));
        assertEquals(1, c.count(Cue.FLAG));
        cues.accept(flag(20.0, 22.4));
        assertEquals(2, c.count(Cue.FLAG));
        JsonObject d = new JsonObject();
        d.addProperty("message", "END THE SET (velocity loss 21 %)");
        cues.accept(new LiveEvent("advice", 22.4, 22.4, d));
        assertEquals(1, c.count(Cue.ADVICE));
        assertEquals(0, c.count(Cue.TICK));
    }

    @Test
    void theToneOfEachCueHasItsLength() {
        // 16-bit mono at 22.05 kHz: a 25 ms tick, a 180 ms flag, three 150 ms beeps with two 80 ms gaps.
        assertEquals(2 * (int) (0.025 * SoundCues.SAMPLE_RATE), SoundCues.tone(Cue.TICK).length);
        assertEquals(2 * (int) (0.18 * SoundCues.SAMPLE_RATE), SoundCues.tone(Cue.FLAG).length);
        assertEquals(2 * (3 * (int) (0.15 * SoundCues.SAMPLE_RATE) + 2 * (int) (0.08 * SoundCues.SAMPLE_RATE)),
                SoundCues.tone(Cue.ADVICE).length);
    }

    @Test
    void openingSoundNeverFailsWhateverTheMachineHas() {
        // Here (CI) there is no audio device: it falls back without an exception. Nothing is played.
        try (SoundCues cues = SoundCues.open(null)) {
            assertTrue(List.of("a tone", "silent (no audio device, no terminal)").contains(cues.describe()),
                    cues.describe());
        }
    }

    @Test
    void withoutAToneTheBellRingsOnItsOwnThreadAndABurstIsCapped() throws Exception {
        StringWriter w = new StringWriter();
        PrintWriter bell = new PrintWriter(w);
        try (SoundCues cues = new SoundCues(null, bell)) {
            assertEquals("the terminal bell", cues.describe());
            cues.play(Cue.TICK);
            long end = System.nanoTime() + 2_000_000_000L;
            while (bells(w) < 1 && System.nanoTime() < end) {
                Thread.sleep(5);
            }
            assertEquals(1, bells(w));
            synchronized (w) {
                // While the writer (the print lock) is held the cue thread cannot ring: the queue fills and the rest is dropped.
                for (int i = 0; i < 50; i++) {
                    cues.play(Cue.FLAG);
                }
            }
            Thread.sleep(100);
        }
        long rung = bells(w);
        assertTrue(rung >= 2 && rung <= 2 + SoundCues.BACKLOG, "bells: " + rung);
    }

    private static long bells(StringWriter w) {
        return w.toString().chars().filter(ch -> ch == 7).count();
    }

    private static LiveEvent phase(boolean start, String kind, double t, double emitted) {
        JsonObject d = new JsonObject();
        d.addProperty("phase", kind);
        d.addProperty("direction", "down");
        return new LiveEvent(start ? "phase_start" : "phase_end", t, emitted, d);
    }

    private static LiveEvent flag(double t, double emitted) {
        JsonObject d = new JsonObject();
        d.addProperty("flag", "eccentric-too-fast");
        d.addProperty("message", "ECCENTRIC TOO FAST in rep 1: 1.2 s (target 3 s)");
        return new LiveEvent("flag", t, emitted, d);
    }
}
