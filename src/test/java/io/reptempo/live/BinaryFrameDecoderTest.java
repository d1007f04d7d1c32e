package io.reptempo.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.sensor.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BinaryFrameDecoderTest {

    private static final Hello GYRO = Hello.of(400, 8, 2000, true, "LSM6DSO");
    private static final Hello ACCEL = Hello.of(200, 4, 0, false, "ADXL345");
    private static final long PERIOD_US = 2500;

    private static Frames.Stream steady(Hello hello, int n, long seed) {
        Frames.Stream s = new Frames.Stream(hello, seed).hello();
        for (int i = 0; i < n; i++) {
            long us = 1_000_000 + i * PERIOD_US;
            s.sample(i, us, us / 1e6);
            if (i % 800 == 799) {
                s.hello(us);
            }
        }
        return s;
    }

    private static byte[] hex(String text) {
        String[] parts = text.trim().split("\\s+");
        byte[] b = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            b[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return b;
    }

    /** The examples of firmware-notes/PROTOCOL.md, section 4.5. */
    private static final Hello LSM6DSO = new Hello(1, true, 400, 8, 1000, 244141, 35000000, 2000000, 0, "LSM6DSO");
    private static final byte[] HELLO_EXAMPLE = hex("A5 5A 01 52 45 50 54 01 01 90 01 08 E8 03 AD B9 03 00 C0 0E 16 02"
            + " 80 84 1E 00 00 00 00 00 4C 53 4D 36 44 53 4F 00 00 00 00 00 00 00 00 00 93 4E");
    private static final byte[] GYRO_SAMPLE_EXAMPLE = hex("A5 5A 03 02 01 87 D6 12 00 F4 FF 23 00 05 10 FD FF 05 00 00 00"
            + " 3D C3");
    private static final byte[] ACCEL_SAMPLE_EXAMPLE = hex("A5 5A 02 FF FF FF FF FF FF F4 FF 23 00 05 10 D0 7A");

    @Test
    void framesMatchTheProtocolExamples() {
        assertArrayEquals(HELLO_EXAMPLE, BinaryFrameEncoder.helloFrame(LSM6DSO));
        assertArrayEquals(GYRO_SAMPLE_EXAMPLE, BinaryFrameEncoder.sampleFrame(258, 1234567, -12, 35, 4101,
                new int[] {-3, 5, 0}));
        assertArrayEquals(ACCEL_SAMPLE_EXAMPLE, BinaryFrameEncoder.sampleFrame(65535, 0xFFFFFFFFL, -12, 35, 4101,
                null));
    }

    @Test
    void theProtocolExampleDecodesToItsValues() {
        List<Hello> hellos = new ArrayList<>();
        Frames.Collect out = new Frames.Collect();
        BinaryFrameDecoder d = new BinaryFrameDecoder(out, new BinaryFrameDecoder.Listener() {
            @Override
            public void onHello(Hello hello, boolean changed) {
                hellos.add(hello);
            }
        });
        // The hello says the device time is 2 s; the sample was taken at 1.234567 s (before it, from its own
        // read). PROTOCOL.md's example frames are independent; here the sample counts as the start of the run.
        d.accept(HELLO_EXAMPLE, 0, HELLO_EXAMPLE.length);
        d.accept(GYRO_SAMPLE_EXAMPLE, 0, GYRO_SAMPLE_EXAMPLE.length);
        assertEquals(List.of(LSM6DSO), hellos);
        Sample s = out.samples.get(0);
        assertEquals(-0.028730, s.ax(), 1e-6);
        assertEquals(0.083797, s.ay(), 1e-6);
        assertEquals(9.818636, s.az(), 1e-6);
        assertEquals(-0.0018326, s.gx(), 1e-7);
        assertEquals(0.0030543, s.gy(), 1e-7);
        assertEquals(0.0, s.gz());
        assertEquals(1.234567, s.t(), 1e-12);
        assertEquals(0, d.crcErrors());
        assertEquals(0, d.restarts());
    }

    @Test
    void roundTripInAnyChunkingGivesIdenticalSamples() {
        for (Hello hello : List.of(GYRO, ACCEL)) {
            Frames.Stream s = steady(hello, 3000, 11);
            byte[] bytes = s.toBytes();

            Frames.Collect whole = new Frames.Collect();
            BinaryFrameDecoder d = new BinaryFrameDecoder(whole);
            d.accept(bytes, 0, bytes.length);
            d.finish();
            Frames.assertSameSamples(s.expected, whole.samples);
            assertEquals(1, whole.finishes);
            assertEquals(0, d.crcErrors());
            assertEquals(0, d.droppedSamples());
            assertEquals(0, d.garbageBytes());
            assertEquals(3000 + 4, d.frames());

            for (long seed = 1; seed <= 5; seed++) {
                Frames.Collect chunked = new Frames.Collect();
                BinaryFrameDecoder c = new BinaryFrameDecoder(chunked);
                Frames.feedChunked(bytes, 64, seed, c::accept);
                c.finish();
                Frames.assertSameSamples(s.expected, chunked.samples);
            }
        }
    }

    @Test
    void encoderQuantisesAsTheDecoderReads() {
        BinaryFrameEncoder enc = new BinaryFrameEncoder(GYRO);
        Sample s = new Sample(1.25, 9.81, -3.3, 0.004, 0.5, -1.25, 40.0);
        Frames.Collect out = new Frames.Collect();
        BinaryFrameDecoder d = new BinaryFrameDecoder(out);
        byte[] hello = enc.helloFrame(BinaryFrameEncoder.micros(1.25));
        byte[] frame = enc.sampleFrame(7, BinaryFrameEncoder.micros(1.25), s);
        d.accept(hello, 0, hello.length);
        d.accept(frame, 0, frame.length);
        assertEquals(List.of(enc.quantise(1.25, s)), out.samples);
        Sample got = out.samples.get(0);
        double lsb = 8 * 9.80665 / 32768;
        assertEquals(9.81, got.ax(), lsb / 2 + 1e-12);
        // 40 rad/s is beyond 2000 deg/s (34.9 rad/s): the count saturates as a real sensor's would.
        assertEquals(32767 * 2000 / 32768.0 * Math.PI / 180, got.gz(), 1e-12);
    }

    @Test
    void crcErrorIsCountedAndTheFrameDropped() {
        Frames.Stream s = new Frames.Stream(GYRO, 3).hello();
        List<Sample> kept = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long us = i * PERIOD_US;
            byte[] f = s.frame(i, us, us / 1e6);
            if (i == 20) {
                f[9] ^= 0x10;
            } else {
                kept.add(s.expected.get(i));
            }
            s.raw(f);
        }
        Frames.Collect out = new Frames.Collect();
        BinaryFrameDecoder d = new BinaryFrameDecoder(out);
        byte[] bytes = s.toBytes();
        Frames.feedChunked(bytes, 16, 5, d::accept);
        Frames.assertSameSamples(kept, out.samples);
        assertEquals(1, d.crcErrors());
        assertEquals(1, d.droppedSamples());
        assertEquals(BinaryFrameEncoder.SAMPLE_GYRO_LENGTH, d.garbageBytes());
    }

    @Test
    void sequenceGapsAreCountedAcrossTheU16Wrap() {
        Frames.Stream s = new Frames.Stream(ACCEL, 4).hello();
        // 65530..65534, then 65535 and 0 missing, 1..3, then 4, 5, 6 missing, 7..9.
        int[] seqs = {65530, 65531, 65532, 65533, 65534, 1, 2, 3, 7, 8, 9};
        int k = 0;
        for (int seq : seqs) {
            long index = Math.floorMod(seq - 65530, 65536);
            long us = 5_000_000 + index * 5000;
            s.sample(seq, us, us / 1e6);
            k++;
        }
        Frames.Collect out = new Frames.Collect();
        BinaryFrameDecoder d = new BinaryFrameDecoder(out);
        byte[] bytes = s.toBytes();
        d.accept(bytes, 0, bytes.length);
        assertEquals(k, out.samples.size());
        assertEquals(5, d.droppedSamples());
        assertEquals(0, d.restarts());
    }

    @Test
    void aGapLongerThanTheSequenceWrapIsCountedFromTheTime() {
        Frames.Stream s = new Frames.Stream(ACCEL, 4).hello();
        s.sample(100, 1_000_000, 1.0);
        // 70000 samples at 200 Hz later (350 s): the u16 counter went round once and stands 70000 - 65536 further.
        s.sample((100 + 70_001) & 0xFFFF, 1_000_000 + 70_001L * 5000, (1_000_000 + 70_001L * 5000) / 1e6);
        Frames.Collect out = new Frames.Collect();
        BinaryFrameDecoder d = new BinaryFrameDecoder(out);
        byte[] bytes = s.toBytes();
        d.accept(bytes, 0, bytes.length);
        Frames.assertSameSamples(s.expected, out.samples);
        assertEquals(70_000, d.droppedSamples());
    }

    @Test
    void garbageBetweenFramesIsSkippedAndDecodingResynchronises() {
        SplittableRandom rng = new SplittableRandom(99);
        Frames.Stream s = new Frames.Stream(GYRO, 5);
        long garbage = 0;
        byte[] lead = {0x13, (byte) 0xA5, 0x00, (byte) 0xA5, 0x5A, 0x02, 0x11};
        s.raw(lead);
        garbage += lead.length;
        s.hello();
        for (int i = 0; i < 400; i++) {
            long us = i * PERIOD_US;
            s.sample(i, us, us / 1e6);
            if (i % 7 == 3) {
                byte[] g = new byte[1 + rng.nextInt(40)];
                for (int k = 0; k < g.length; k++) {
                    g[k] = (byte) rng.nextInt(256);
                }
                // Often a false start of a frame, too.
                if (g.length > 3 && rng.nextBoolean()) {
                    g[1] = (byte) 0xA5;
                    g[2] = 0x5A;
                }
                s.raw(g);
                garbage += g.length;
            }
        }
        byte[] bytes = s.toBytes();
        for (long seed = 1; seed <= 3; seed++) {
            Frames.Collect out = new Frames.Collect();
            BinaryFrameDecoder d = new BinaryFrameDecoder(out);
            Frames.feedChunked(bytes, 64, seed, d::accept);
            d.finish();
            Frames.assertSameSamples(s.expected, out.samples);
            assertEquals(0, d.droppedSamples());
            assertEquals(garbage, d.garbageBytes());
        }
    }

    @Test
    void deviceTimeIsUnwrappedAcrossTheU32Wrap() {
        long start = 3 * BinaryFrameEncoder.TIME_WRAP_US - 10 * PERIOD_US;
        // The hello says how often the clock wrapped before (twice here, almost three times).
        Frames.Stream s = new Frames.Stream(GYRO, 6).hello(start);
        for (int i = 0; i < 30; i++) {
            long us = start + i * PERIOD_US;
            s.sample(60_000 + i, us & 0xFFFFFFFFL, us / 1e6);
            if (i == 10) {
                // A periodic hello right after the wrap.
                s.hello(us);
            }
        }
        Frames.Collect out = new Frames.Collect();
        BinaryFrameDecoder d = new BinaryFrameDecoder(out);
        byte[] bytes = s.toBytes();
        d.accept(bytes, 0, bytes.length);
        Frames.assertSameSamples(s.expected, out.samples);
        assertEquals(0, d.restarts());
        for (int i = 1; i < out.samples.size(); i++) {
            assertTrue(out.samples.get(i).t() > out.samples.get(i - 1).t());
        }
        assertTrue(out.samples.get(29).t() > 3 * 4294.967);
    }

    @Test
    void aHelloWhoseTimeIsBehindTheLastSampleIsARestart() {
        Frames.Stream s = new Frames.Stream(ACCEL, 7).hello(30_000_000);
        for (int i = 0; i < 100; i++) {
            s.sample(i, 30_000_000 + i * 5000L, (30_000_000 + i * 5000L) / 1e6);
        }
        s.hello(0);
        for (int i = 0; i < 100; i++) {
            s.sample(i, i * 5000L, i * 5000L / 1e6);
        }
        Frames.Collect out = new Frames.Collect();
        BinaryFrameDecoder d = new BinaryFrameDecoder(out);
        byte[] bytes = s.toBytes();
        d.accept(bytes, 0, bytes.length);
        Frames.assertSameSamples(s.expected, out.samples);
        assertEquals(1, d.restarts());
        assertEquals(0, d.droppedSamples(), "the new sequence is not a gap");
    }

    @Test
    void sampleFramesBeforeTheFirstHelloAreCountedNotDecoded() {
        Frames.Stream s = new Frames.Stream(GYRO, 8);
        for (int i = 0; i < 5; i++) {
            s.raw(s.frame(i, i * PERIOD_US, 0));
        }
        s.expected.clear();
        s.hello(5 * PERIOD_US);
        for (int i = 5; i < 10; i++) {
            s.sample(i, i * PERIOD_US, i * PERIOD_US / 1e6);
        }
        Frames.Collect out = new Frames.Collect();
        BinaryFrameDecoder d = new BinaryFrameDecoder(out);
        byte[] bytes = s.toBytes();
        Frames.feedChunked(bytes, 7, 1, d::accept);
        assertEquals(5, d.waitingForHello());
        Frames.assertSameSamples(s.expected, out.samples);
        assertEquals(0, d.crcErrors());
        assertEquals(0, d.garbageBytes());
    }

    @Test
    void aHelloOfAnotherProtocolVersionIsReportedAndNotUsed() {
        List<String> problems = new ArrayList<>();
        Frames.Collect out = new Frames.Collect();
        BinaryFrameDecoder d = new BinaryFrameDecoder(out, new BinaryFrameDecoder.Listener() {
            @Override
            public void onProblem(String message) {
                problems.add(message);
            }
        });
        byte[] hello = BinaryFrameEncoder.helloFrame(new Hello(2, false, 400, 8, 0, 0, 0, 0, 0, "X"));
        byte[] frame = BinaryFrameEncoder.sampleFrame(0, 0, 1, 2, 3, null);
        d.accept(hello, 0, hello.length);
        d.accept(frame, 0, frame.length);
        d.accept(hello, 0, hello.length);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("version 2"), problems.get(0));
        assertEquals(1, d.waitingForHello());
        assertTrue(out.samples.isEmpty());
        assertNotNull(problems.get(0));
    }
}
