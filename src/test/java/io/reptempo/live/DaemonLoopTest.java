package io.reptempo.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The start-once, stop-once daemon thread behind the serial reader and the live view. */
class DaemonLoopTest {
    /** Far longer than any test waits: a body still asleep after a stop was not woken by it. */
    private static final long LONG_SLEEP_MILLIS = 60_000;
    private static final long WAIT_SECONDS = 10;

    @Test
    void startingTwiceRunsTheBodyOnceOnADaemonThreadOfItsName() throws Exception {
        AtomicInteger bodies = new AtomicInteger();
        AtomicReference<Thread> ran = new AtomicReference<>();
        CountDownLatch inBody = new CountDownLatch(1);
        DaemonLoop[] loop = new DaemonLoop[1];
        loop[0] = new DaemonLoop("test-loop", () -> {
            bodies.incrementAndGet();
            ran.set(Thread.currentThread());
            inBody.countDown();
            sleepWhile(loop[0]);
        });
        loop[0].start();
        loop[0].start();
        assertTrue(inBody.await(WAIT_SECONDS, TimeUnit.SECONDS));
        loop[0].start();
        assertTrue(loop[0].running());
        assertTrue(loop[0].stop(WAIT_SECONDS * 1000));
        assertEquals(1, bodies.get(), "one thread, one body");
        assertEquals("test-loop", ran.get().getName());
        assertTrue(ran.get().isDaemon(), "a daemon: it never keeps the program alive");
    }

    @Test
    void stopWakesTheBodyAndWaitsForItToEnd() throws Exception {
        AtomicBoolean ended = new AtomicBoolean();
        AtomicReference<Thread> ran = new AtomicReference<>();
        CountDownLatch inBody = new CountDownLatch(1);
        DaemonLoop[] loop = new DaemonLoop[1];
        loop[0] = new DaemonLoop("test-loop", () -> {
            ran.set(Thread.currentThread());
            inBody.countDown();
            sleepWhile(loop[0]);
            ended.set(true);
        });
        loop[0].start();
        assertTrue(inBody.await(WAIT_SECONDS, TimeUnit.SECONDS));
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (ran.get().getState() != Thread.State.TIMED_WAITING && System.nanoTime() < giveUp) {
            Thread.sleep(1);
        }
        assertEquals(Thread.State.TIMED_WAITING, ran.get().getState(), "the body is asleep");
        assertTrue(loop[0].stop(WAIT_SECONDS * 1000), "the first stop");
        // Without the interrupt the body would still sleep, and the join would have given up first.
        assertTrue(ended.get(), "the body ended before stop returned");
        assertFalse(loop[0].running());
        assertFalse(loop[0].stop(WAIT_SECONDS * 1000), "a second stop does nothing");
    }

    @Test
    void stopFromTheLoopsOwnThreadReturnsAtOnceWithoutInterruptingIt() throws Exception {
        AtomicBoolean stopReturned = new AtomicBoolean();
        AtomicBoolean interrupted = new AtomicBoolean(true);
        CountDownLatch ended = new CountDownLatch(1);
        DaemonLoop[] loop = new DaemonLoop[1];
        loop[0] = new DaemonLoop("test-loop", () -> {
            // A listener closing the link from the reader thread: a join on itself would wait the whole time.
            stopReturned.set(loop[0].stop(LONG_SLEEP_MILLIS));
            interrupted.set(Thread.currentThread().isInterrupted());
            ended.countDown();
        });
        loop[0].start();
        assertTrue(ended.await(WAIT_SECONDS, TimeUnit.SECONDS), "stop on its own thread returned");
        assertTrue(stopReturned.get(), "it was the first stop");
        assertFalse(interrupted.get(), "the body goes on uninterrupted (its closing work may do I/O)");
        assertFalse(loop[0].running());
        assertFalse(loop[0].stop(WAIT_SECONDS * 1000));
    }

    @Test
    void aBodyThatReturnsByItselfLeavesTheLoopNotRunningButStillToBeStoppedOnce() throws Exception {
        CountDownLatch inBody = new CountDownLatch(1);
        DaemonLoop loop = new DaemonLoop("test-loop", inBody::countDown);
        loop.start();
        assertTrue(inBody.await(WAIT_SECONDS, TimeUnit.SECONDS));
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (loop.running() && System.nanoTime() < giveUp) {
            Thread.sleep(1);
        }
        assertFalse(loop.running(), "ended by itself");
        assertTrue(loop.started());
        assertTrue(loop.stop(WAIT_SECONDS * 1000), "the owner's closing still happens once");
        assertFalse(loop.stop(WAIT_SECONDS * 1000));
    }

    @Test
    void aLoopStoppedBeforeItStartedNeverStarts() {
        AtomicInteger bodies = new AtomicInteger();
        DaemonLoop loop = new DaemonLoop("test-loop", bodies::incrementAndGet);
        assertFalse(loop.started());
        assertTrue(loop.stop(WAIT_SECONDS * 1000), "the first stop, though nothing ran");
        loop.start();
        assertFalse(loop.started());
        assertFalse(loop.running());
        assertEquals(0, bodies.get());
    }

    private static void sleepWhile(DaemonLoop loop) {
        while (loop.running()) {
            try {
                Thread.sleep(LONG_SLEEP_MILLIS);
            } catch (InterruptedException e) {
                // stop() interrupts; the loop checks running.
            }
        }
    }
}
