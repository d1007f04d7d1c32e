package io.reptempo.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.sensor.Sample;
import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SimulationOptions;
import io.reptempo.sim.SimulationRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulator into memory, unpaced, decoded by the host side. */
class EmulatorTest {

    @TempDir
    Path dir;

    private static final class Memory implements Emulator.Output {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }
    }

    private record Played(Emulator.Summary summary, List<Sample> tap, List<Sample> received, LinkStats stats) {
    }

    private static SimulationRun deadlift(boolean gyro) {
        return SetSimulator.prepare(Scenario.DEADLIFT, 4, SimulationOptions.defaults().withGyro(gyro));
    }

    private static Played play(SimulationRun run, boolean binary, String faults) throws IOException {
        Memory memory = new Memory();
        Frames.Collect tap = new Frames.Collect();
        Emulator e = new Emulator(memory, new Emulator.Options(binary, Double.POSITIVE_INFINITY,
                EmulatorFaults.parse(faults), 42, "emulator"), null).tap(tap);
        Emulator.Summary summary = e.run(run);
        Frames.Collect received = new Frames.Collect();
        WireDecoder d = new WireDecoder(received);
        Frames.feedChunked(memory.bytes.toByteArray(), 64, 1, d::accept);
        d.finish();
        return new Played(summary, tap.samples, received.samples, d.stats());
    }

    /** The tap's device times made continuous the way the host does it. */
    private static List<Sample> continuous(List<Sample> deviceTimes) {
        Frames.Collect out = new Frames.Collect();
        ContinuousClock c = new ContinuousClock(out);
        deviceTimes.forEach(c::accept);
        return out.samples;
    }

    @Test
    void binaryWithoutFaultsDeliversExactlyWhatWasSent() throws IOException {
        Played p = play(deadlift(true), true, null);
        assertEquals(p.summary().samples(), p.summary().sent());
        Frames.assertSameSamples(p.tap(), p.received());
        assertEquals(WireMode.BINARY, p.stats().mode());
        assertEquals(0, p.stats().droppedSamples());
        assertEquals(0, p.stats().crcErrors());
        assertEquals(0, p.stats().garbageBytes());
        assertEquals(0, p.stats().waitingForHello());
        // A hello every second of device time.
        assertEquals(Math.ceil(p.summary().sampleSeconds() + 1e-9), p.summary().hellos(), 1);
        assertTrue(p.received().get(0).hasGyro());
    }

    @Test
    void textWithoutFaultsDeliversExactlyWhatWasPrinted() throws IOException {
        Played p = play(deadlift(false), false, "");
        assertEquals(p.summary().samples(), p.summary().sent());
        Frames.assertSameSamples(p.tap(), p.received());
        assertEquals(WireMode.TEXT, p.stats().mode());
        assertEquals(0, p.stats().skippedRows());
        assertEquals(208, p.stats().nominalRateHz());
    }

    @Test
    void binaryFaultsAreAllSeenByTheHost() throws IOException {
        Played p = play(deadlift(true), true, "garbage,malformed,crc,drop,restart,pause=1");
        Emulator.Summary s = p.summary();
        assertTrue(s.garbageBursts() > 5 && s.malformed() > 5 && s.corrupted() > 5 && s.dropped() > 5, s.toString());
        assertEquals(1, s.restarts());
        assertTrue(s.paused() > 0);
        assertEquals(s.sent(), p.received().size());
        Frames.assertSameSamples(continuous(p.tap()), p.received());
        LinkStats st = p.stats();
        assertEquals(1, st.deviceRestarts());
        // Every lost sample shows as a sequence gap, except any lost right at the restart (the new run's first
        // number is unknown to the host) or at the very end.
        assertTrue(st.droppedSamples() <= s.lost() && st.droppedSamples() >= s.lost() - 2,
                st.summary() + " vs " + s.lost() + " lost");
        assertTrue(st.crcErrors() >= s.corrupted() + s.malformed(), st.summary());
        assertTrue(st.garbageBytes() > 0);
    }

    @Test
    void textFaultsAreSkippedAndTheRestartFound() throws IOException {
        Played p = play(deadlift(true), false, "garbage,malformed,drop,restart,pause=1");
        Emulator.Summary s = p.summary();
        assertTrue(s.garbageBursts() > 5 && s.malformed() > 5 && s.dropped() > 5, s.toString());
        LinkStats st = p.stats();
        assertEquals(1, st.deviceRestarts(), st.summary());
        assertTrue(st.skippedRows() >= s.malformed(), st.summary());
        // Garbage glued to the front of a row costs that row.
        assertTrue(p.received().size() <= s.sent());
        assertTrue(p.received().size() >= s.sent() - s.garbageBursts() - WireDecoder.STUCK_ROWS, st.summary());
        for (int i = 1; i < p.received().size(); i++) {
            assertTrue(p.received().get(i).t() > p.received().get(i - 1).t());
        }
    }

    @Test
    void aPauseLeavesAGapInSensorTime() throws IOException {
        Played p = play(deadlift(false), true, "pause=1.5");
        double longest = 0;
        for (int i = 1; i < p.received().size(); i++) {
            longest = Math.max(longest, p.received().get(i).t() - p.received().get(i - 1).t());
        }
        assertEquals(1.5, longest, 0.02);
        assertEquals(p.summary().paused(), p.stats().droppedSamples());
        assertEquals(1.5 * 208, p.summary().paused(), 3);
    }

    @Test
    void playsARecordingFile() throws Exception {
        Path csv = dir.resolve("set.csv");
        SetSimulator.writeRecording(Scenario.BENCH_TEMPO, 2, SimulationOptions.defaults(), csv);
        Memory memory = new Memory();
        Frames.Collect tap = new Frames.Collect();
        Emulator.Summary s = new Emulator(memory, Emulator.Options.binaryMode().withRateX(Double.POSITIVE_INFINITY),
                null).tap(tap).runRecording(csv);
        Frames.Collect received = new Frames.Collect();
        WireDecoder d = new WireDecoder(received);
        byte[] b = memory.bytes.toByteArray();
        d.accept(b, 0, b.length);
        Frames.assertSameSamples(tap.samples, received.samples);
        assertEquals(s.samples(), s.sent());
        assertTrue(s.samples() > 1000);
        assertFalse(Double.isNaN(Emulator.lastTime(csv)));
    }

    @Test
    void faultListsAreParsedAndMistakesNamed() {
        EmulatorFaults f = EmulatorFaults.parse(" garbage, CRC ,pause=2.5");
        assertTrue(f.garbage() && f.crc() && !f.drop());
        assertEquals(2.5, f.pauseS());
        assertEquals("garbage, crc, pause=2.5 s", f.describe());
        assertEquals(EmulatorFaults.none(), EmulatorFaults.parse(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmulatorFaults.parse("garbage,noise"));
        assertTrue(e.getMessage().contains("'noise'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EmulatorFaults.parse("pause"));
        assertThrows(IllegalArgumentException.class, () -> EmulatorFaults.parse("pause=-1"));
    }

    @Test
    void pacingFollowsTheRateMultiplier() throws IOException {
        // 3 s of sensor time at 30x: about 0.1 s of wall time.
        List<Sample> samples = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            samples.add(Sample.accel(i * 0.01, 0, 0, 9.81));
        }
        Memory memory = new Memory();
        long t0 = System.nanoTime();
        Emulator.Summary s = new Emulator(memory, Emulator.Options.text().withRateX(30), null)
                .run(Emulator.Hints.none(), sink -> {
                    samples.forEach(sink::accept);
                    sink.finish();
                });
        double wall = (System.nanoTime() - t0) / 1e9;
        assertTrue(wall >= 2.99 / 30 && wall < 1.0, "took " + wall + " s");
        assertEquals(300, s.sent());
        String text = memory.bytes.toString(java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(text.startsWith("# device=reptempo-sensor protocol=1 firmware=reptempo-emulator chip=emulator "
                + "rate_hz=100 accel_range_g=16 gyro_range_dps=0\nt,ax,ay,az\n0.000000,"), text);
        Files.writeString(dir.resolve("x"), "");
    }
}
