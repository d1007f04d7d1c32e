package io.reptempo.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.sensor.Sample;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WireDecoderTest {

    private static final Hello HELLO = Hello.of(200, 8, 1000, true, "LSM6DSO");

    /** Text lines for samples at 200 Hz from t0: still sensor, z up. */
    private static String rows(double t0, int n, boolean gyro) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double t = t0 + i * 0.005;
            sb.append(String.format(Locale.ROOT, "%.6f,%.5f,%.5f,%.5f", t, 0.01 * (i % 7), -0.02, 9.80665));
            if (gyro) {
                sb.append(String.format(Locale.ROOT, ",%.6f,%.6f,%.6f", 0.001, -0.002, 0.003 * (i % 3)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static final class Events implements WireDecoder.Listener {
        final List<WireMode> modes = new ArrayList<>();
        final List<String> info = new ArrayList<>();
        final List<ContinuousClock.Restart> restarts = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        @Override
        public void onMode(WireMode mode) {
            modes.add(mode);
        }

        @Override
        public void onDeviceInfo(String description) {
            info.add(description);
        }

        @Override
        public void onDeviceRestart(ContinuousClock.Restart restart) {
            restarts.add(restart);
        }

        @Override
        public void onProblem(String message) {
            problems.add(message);
        }
    }

    private static void assertIncreasing(List<Sample> samples) {
        for (int i = 1; i < samples.size(); i++) {
            assertTrue(samples.get(i).t() > samples.get(i - 1).t(), "sample " + i + " at " + samples.get(i).t()
                    + " is not after " + samples.get(i - 1).t());
        }
    }

    @Test
    void detectsTextFromACommentLineOrAHeader() {
        for (String start : List.of("# device=reptempo-sensor protocol=1 chip=LSM6DSO rate_hz=200\n", "", "\r\n")) {
            String text = start + "t,ax,ay,az,gx,gy,gz\r\n" + rows(0, 300, true).replace("\n", "\r\n");
            Frames.Collect out = new Frames.Collect();
            Events events = new Events();
            WireDecoder d = new WireDecoder(out, events);
            Frames.feedChunked(ascii(text), 64, 3, d::accept);
            d.finish();
            LinkStats st = d.stats();
            assertEquals(WireMode.TEXT, st.mode());
            assertEquals(List.of(WireMode.TEXT), events.modes);
            assertEquals(300, out.samples.size());
            assertEquals(300, st.samples());
            assertEquals(0, st.skippedRows());
            assertEquals(0, st.garbageBytes(), start);
            assertEquals(1, out.finishes);
            assertEquals(200, st.sampleRateHz(), 1e-6);
            assertTrue(out.samples.get(0).hasGyro());
            if (start.startsWith("#")) {
                assertEquals(200, st.nominalRateHz());
                assertEquals(List.of("device=reptempo-sensor protocol=1 chip=LSM6DSO rate_hz=200"), events.info);
            }
        }
    }

    @Test
    void detectsBinaryFromTheSyncBytesAndAValidFrame() {
        Frames.Stream s = new Frames.Stream(HELLO, 1).hello();
        for (int i = 0; i < 500; i++) {
            s.sample(i, i * 5000L, i * 5000L / 1e6);
        }
        Frames.Collect out = new Frames.Collect();
        Events events = new Events();
        WireDecoder d = new WireDecoder(out, events);
        Frames.feedChunked(s.toBytes(), 64, 4, d::accept);
        LinkStats st = d.stats();
        assertEquals(WireMode.BINARY, st.mode());
        Frames.assertSameSamples(s.expected, out.samples);
        assertEquals(200, st.nominalRateHz());
        assertEquals(200, st.sampleRateHz(), 1e-6);
        assertEquals(List.of(HELLO.describe()), events.info);
        assertEquals(HELLO.describe(), st.device());
    }

    @Test
    void aBinaryStreamJoinedMidFrameIsStillBinary() {
        Frames.Stream s = new Frames.Stream(HELLO, 2).hello();
        for (int i = 0; i < 50; i++) {
            s.sample(i, i * 5000L, i * 5000L / 1e6);
        }
        byte[] all = s.toBytes();
        // Start 40 bytes in: inside the hello or the first sample frames. One frame may be lost; sample frames
        // before the next hello are counted as waiting, but the mode is binary.
        byte[] joined = java.util.Arrays.copyOfRange(all, 40, all.length);
        WireDecoder d = new WireDecoder(new Frames.Collect());
        d.accept(joined, 0, joined.length);
        assertEquals(WireMode.BINARY, d.mode());
        assertTrue(d.stats().waitingForHello() > 40, d.stats().toString());
    }

    @Test
    void aTextStreamJoinedMidLineGetsTheProtocolHeader() {
        String text = rows(12.0, 400, false);
        // Cut into the middle of the first row: that row is lost, the rest decode.
        byte[] joined = ascii(text.substring(9));
        Frames.Collect out = new Frames.Collect();
        WireDecoder d = new WireDecoder(out);
        Frames.feedChunked(joined, 50, 5, d::accept);
        d.finish();
        assertEquals(WireMode.TEXT, d.mode());
        assertEquals(399, out.samples.size());
        assertEquals(12.005, out.samples.get(0).t(), 1e-12);
        assertTrue(d.stats().garbageBytes() > 0);
    }

    @Test
    void garbageBeforeTheDataIsCountedAndNothingDecodesFromNoise() {
        SplittableRandom rng = new SplittableRandom(5);
        byte[] noise = new byte[3000];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) rng.nextInt(256);
            if (noise[i] == '\n' || noise[i] == '\r' || noise[i] == ' ' || noise[i] == '\t') {
                // Blank space is not counted as garbage.
                noise[i] = 0;
            }
        }
        WireDecoder d = new WireDecoder(new Frames.Collect());
        Frames.feedChunked(noise, 64, 1, d::accept);
        assertEquals(WireMode.DETECTING, d.mode());
        assertEquals(0, d.sampleCount());

        Frames.Stream s = new Frames.Stream(HELLO, 3).hello();
        for (int i = 0; i < 20; i++) {
            s.sample(i, i * 5000L, i * 5000L / 1e6);
        }
        byte[] frames = s.toBytes();
        d.accept(frames, 0, frames.length);
        assertEquals(WireMode.BINARY, d.mode());
        assertEquals(20, d.sampleCount());
        assertEquals(noise.length, d.stats().garbageBytes());
    }

    @Test
    void aTextRestartKeepsAStrictlyIncreasingTimeline() {
        String text = "# device=reptempo-sensor protocol=1 chip=X rate_hz=200\nt,ax,ay,az\n" + rows(0, 1000, false)
                + "# device=reptempo-sensor protocol=1 chip=X rate_hz=200\nt,ax,ay,az\n" + rows(0, 600, false);
        Frames.Collect out = new Frames.Collect();
        Events events = new Events();
        WireDecoder d = new WireDecoder(out, events);
        Frames.feedChunked(ascii(text), 64, 6, d::accept);
        d.finish();
        assertEquals(1600, out.samples.size());
        assertIncreasing(out.samples);
        LinkStats st = d.stats();
        assertEquals(1, st.deviceRestarts());
        assertEquals(1, events.restarts.size());
        ContinuousClock.Restart r = st.restarts().get(0);
        assertEquals(4.995, r.lastT(), 1e-9);
        assertEquals(5.000, r.atT(), 1e-9);
        assertEquals(0.0, r.newDeviceT());
        // After the restart the samples keep their spacing: device time 0.5 s is 5.5 s on the timeline.
        assertEquals(5.5, out.samples.get(1100).t(), 1e-9);
        assertEquals(0, st.skippedRows());
    }

    @Test
    void aRestartWhoseHeaderWasLostIsStillFound() {
        // The header after the restart is garbled, so the parser refuses the rows that go back in time; the
        // decoder notices and takes them as a new device run.
        String text = "t,ax,ay,az\n" + rows(0, 1000, false) + "t,a\u00ffx,ay,az\n" + rows(0, 600, false);
        Frames.Collect out = new Frames.Collect();
        WireDecoder d = new WireDecoder(out);
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        d.accept(b, 0, b.length);
        d.finish();
        assertIncreasing(out.samples);
        assertEquals(1, d.stats().deviceRestarts());
        assertEquals(1600 - WireDecoder.STUCK_ROWS + 1, out.samples.size(), "the rows before the decoder gave up");
    }

    @Test
    void brokenRowsAreSkippedAndCounted() {
        String good = rows(0, 200, false);
        String[] lines = good.split("\n");
        lines[50] = lines[50].substring(0, 10);
        lines[60] = lines[60].replace(",", ",x");
        lines[70] = "\u00a5Z\u0002junk";
        String text = "t,ax,ay,az\n" + String.join("\n", lines) + "\n";
        Frames.Collect out = new Frames.Collect();
        WireDecoder d = new WireDecoder(out);
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        Frames.feedChunked(b, 30, 2, d::accept);
        d.finish();
        assertEquals(197, out.samples.size());
        assertEquals(3, d.stats().skippedRows());
        assertEquals(200, d.stats().textRows());
    }

    @Test
    void anotherProtocolVersionIsReported() {
        Events events = new Events();
        WireDecoder d = new WireDecoder(new Frames.Collect(), events);
        byte[] b = ascii("# device=reptempo-sensor protocol=2 rate_hz=200\nt,ax,ay,az\n" + rows(0, 10, false));
        d.accept(b, 0, b.length);
        assertEquals(1, events.problems.size(), events.problems.toString());
        assertTrue(events.problems.get(0).startsWith("unsupported sensor protocol version 2"), events.problems.get(0));
    }

    @Test
    void accelerationInGIsReportedAsAProblem() {
        StringBuilder sb = new StringBuilder("t,ax,ay,az\n");
        for (int i = 0; i < 200; i++) {
            sb.append(String.format(Locale.ROOT, "%.6f,0.01,0.02,1.00\n", i * 0.005));
        }
        Frames.Collect out = new Frames.Collect();
        Events events = new Events();
        WireDecoder d = new WireDecoder(out, events);
        byte[] b = ascii(sb.toString());
        d.accept(b, 0, b.length);
        d.finish();
        assertTrue(out.samples.isEmpty());
        assertEquals(1, events.problems.size(), events.problems.toString());
        assertTrue(events.problems.get(0).contains("in g"), events.problems.get(0));
        assertNotNull(d.stats().problem());
    }

    @Test
    void aReconnectionDetectsTheModeAgainAndKeepsTheTimeline() {
        Frames.Collect out = new Frames.Collect();
        Events events = new Events();
        WireDecoder d = new WireDecoder(out, events);
        byte[] first = ascii("t,ax,ay,az\n" + rows(0, 300, false) + "1.500000,0.0");
        d.accept(first, 0, first.length);
        d.connectionReset();
        // The sensor rebooted into binary mode.
        Frames.Stream s = new Frames.Stream(Hello.of(200, 8, 0, false, "X"), 4).hello();
        for (int i = 0; i < 100; i++) {
            s.sample(i, i * 5000L, 0);
        }
        byte[] second = s.toBytes();
        d.accept(second, 0, second.length);
        d.finish();
        assertEquals(List.of(WireMode.TEXT, WireMode.BINARY), events.modes);
        assertEquals(400, out.samples.size());
        assertIncreasing(out.samples);
        assertEquals(1, d.stats().deviceRestarts());
        assertEquals(1, d.stats().skippedRows(), "the half row at the break");
    }
}
