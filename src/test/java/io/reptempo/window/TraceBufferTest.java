package io.reptempo.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The window's sample ring: newest span in order, and never a torn or stale sample while the writer laps it. */
class TraceBufferTest {

    @Test
    void copiesTheSamplesSinceATimeAndForgetsThoseThatNoLongerFit() {
        TraceBuffer b = new TraceBuffer(8);
        assertEquals(8, b.capacity());
        assertTrue(Double.isNaN(b.newestTime()));
        for (int i = 0; i < 20; i++) {
            b.add(i * 0.5, i, -i);
        }
        assertEquals(9.5, b.newestTime());
        TraceBuffer.Span span = new TraceBuffer.Span();
        assertEquals(3, b.copySince(8.5, span));
        assertEquals(8.5, span.t(0));
        assertEquals(19, span.position(2));
        assertEquals(-19, span.velocity(2));
        assertEquals(7, b.copySince(0, span), "only the newest 7 can be read: the writer fills the eighth next");
        assertEquals(6.5, span.t(0));
    }

    @Test
    void aReaderRacingAWriterThatLapsTheRingOnlyEverSeesWholeSamplesInOrder() throws Exception {
        TraceBuffer b = new TraceBuffer(1024);
        AtomicBoolean done = new AtomicBoolean();
        long[] written = {0};
        Thread writer = new Thread(() -> {
            long i = 0;
            while (!done.get()) {
                i++;
                b.add(i, 2.0 * i, -3.0 * i); // each field says which sample it belongs to
            }
            written[0] = i;
        });
        writer.start();
        TraceBuffer.Span span = new TraceBuffer.Span();
        long copied = 0;
        for (int copy = 0; copy < 5_000; copy++) {
            double newest = b.newestTime();
            if (Double.isNaN(newest)) {
                copy--;
                continue;
            }
            int n = b.copySince(newest - 1000, span); // about the whole ring: the writer laps us often
            for (int k = 0; k < n; k++) {
                double t = span.t(k);
                assertEquals(2 * t, span.position(k), "position of sample " + t);
                assertEquals(-3 * t, span.velocity(k), "velocity of sample " + t);
                if (k > 0) {
                    assertEquals(span.t(k - 1) + 1, t, "no sample skipped or repeated");
                }
            }
            copied += n;
        }
        done.set(true);
        writer.join();
        assertTrue(written[0] > 100 * b.capacity(), "the writer lapped the ring many times: " + written[0]);
        assertTrue(copied > 0);
    }
}
