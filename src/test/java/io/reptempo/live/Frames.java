package io.reptempo.live;

import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Test helpers: byte streams of frames, chunked feeding, and a collecting sink. */
final class Frames {

    private Frames() {
    }

    static final class Collect implements SampleSink {
        final List<Sample> samples = new ArrayList<>();
        int finishes;

        @Override
        public void accept(Sample s) {
            samples.add(s);
        }

        @Override
        public void finish() {
            finishes++;
        }
    }

    static final class Stream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Sample> expected = new ArrayList<>();
        final Hello hello;
        final SplittableRandom rng;

        Stream(Hello hello, long seed) {
            this.hello = hello;
            this.rng = new SplittableRandom(seed);
        }

        /** The hello sent at device time 0. */
        Stream hello() {
            return hello(0);
        }

        /** The hello sent at a device time (microseconds since start-up). */
        Stream hello(long deviceUs) {
            bytes.writeBytes(BinaryFrameEncoder.helloFrame(hello.at(deviceUs)));
            return this;
        }

        /** A sample frame with random counts; its decoded sample is expected at time expectedT. */
        byte[] frame(int seq, long timeUs, double expectedT) {
            int ax = rng.nextInt(-20000, 20000);
            int ay = rng.nextInt(-20000, 20000);
            int az = rng.nextInt(-20000, 20000);
            int[] g = hello.hasGyro()
                    ? new int[] {rng.nextInt(-32768, 32768), rng.nextInt(-32768, 32768), rng.nextInt(-32768, 32768)}
                    : null;
            byte[] f = BinaryFrameEncoder.sampleFrame(seq, timeUs, ax, ay, az, g);
            expected.add(g == null ? Sample.accel(expectedT, hello.accel(ax), hello.accel(ay), hello.accel(az))
                    : new Sample(expectedT, hello.accel(ax), hello.accel(ay), hello.accel(az), hello.gyro(g[0]),
                    hello.gyro(g[1]), hello.gyro(g[2])));
            return f;
        }

        Stream sample(int seq, long timeUs, double expectedT) {
            bytes.writeBytes(frame(seq, timeUs, expectedT));
            return this;
        }

        Stream raw(byte[] b) {
            bytes.writeBytes(b);
            return this;
        }

        byte[] toBytes() {
            return bytes.toByteArray();
        }
    }

    /** Equal lists of samples; on failure says where they first differ instead of printing them all. */
    static void assertSameSamples(List<Sample> expected, List<Sample> actual) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                org.junit.jupiter.api.Assertions.fail("sample " + i + " of " + expected.size() + "/" + actual.size()
                        + " differs: expected " + expected.get(i) + " but got " + actual.get(i)
                        + (i > 0 ? " (previous " + expected.get(i - 1) + ")" : ""));
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected.size(), actual.size(), "number of samples");
    }

    /** Feeds b in random chunks of 1..maxChunk bytes. */
    static void feedChunked(byte[] b, int maxChunk, long seed, ChunkTarget target) {
        SplittableRandom rng = new SplittableRandom(seed);
        int off = 0;
        while (off < b.length) {
            int n = Math.min(b.length - off, 1 + rng.nextInt(maxChunk));
            target.accept(b, off, n);
            off += n;
        }
    }

    interface ChunkTarget {
        void accept(byte[] b, int off, int len);
    }
}
