package io.reptempo.live;

import java.util.Objects;

/**
 * Runs a body once on its own daemon thread, started at most once and stopped at most once; the body polls
 * {@link #running()} and returns when it turns false. Stopping interrupts the thread (to cut a sleep short) and
 * waits for it to end, except from that thread itself, which cannot wait for its own end.
 */
final class DaemonLoop {
    private final String name;
    private final Runnable body;
    private final Object lifecycle = new Object();
    private volatile boolean running;
    private Thread thread;
    private boolean stopped;

    /** @param name the thread's name, as thread dumps show it */
    DaemonLoop(String name, Runnable body) {
        this.name = Objects.requireNonNull(name, "name");
        this.body = Objects.requireNonNull(body, "body");
    }

    /** Starts the thread; returns at once. Does nothing when started before or already stopped. */
    void start() {
        synchronized (lifecycle) {
            if (thread != null || stopped) {
                return;
            }
            running = true;
            thread = new Thread(this::runBody, name);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Whether the body should go on: true from {@link #start()} until {@link #stop}, or until the body returns. */
    boolean running() {
        return running;
    }

    /** Whether {@link #start()} ever started the thread (it may have ended since). */
    boolean started() {
        synchronized (lifecycle) {
            return thread != null;
        }
    }

    /**
     * Ends the loop: clears {@link #running()}, interrupts the thread and waits up to {@code joinMillis} for it to
     * end. Called on the loop's own thread it does neither, and the body ends when it next looks at
     * {@link #running()}.
     *
     * @return true for the first call only (whether or not the loop was started), so that what the owner does on
     *         closing happens once
     */
    boolean stop(long joinMillis) {
        Thread t;
        synchronized (lifecycle) {
            if (stopped) {
                return false;
            }
            stopped = true;
            running = false;
            t = thread;
        }
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
            try {
                t.join(joinMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return true;
    }

    private void runBody() {
        try {
            body.run();
        } finally {
            running = false;
        }
    }
}
