package io.reptempo.live;

import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Redraws the live view on its own thread at a modest rate: takes a {@link LiveStatus} snapshot, lays it out with
 * the {@link TerminalView} and paints it with the {@link InPlaceScreen}. The serial reader thread only updates the
 * snapshot's source; it never waits for the terminal.
 */
public final class TerminalDisplay implements AutoCloseable {
    /** 10 redraws a second: the phase timer shows tenths, and a terminal copes with that easily. */
    public static final long REDRAW_MILLIS = 100;
    /** How long {@link #close()} waits for the last redraw in progress. */
    private static final long CLOSE_WAIT_MILLIS = 2000;

    private final InPlaceScreen screen;
    private final TerminalView view;
    private final IntSupplier width;
    private final Supplier<LiveStatus> status;
    private final long periodMillis;
    private final DaemonLoop redrawing = new DaemonLoop("reptempo-live-view", this::run);

    /**
     * @param width  the terminal's width in columns, asked before each redraw (keep it cheap)
     * @param status the snapshot to draw, asked before each redraw
     */
    public TerminalDisplay(InPlaceScreen screen, TerminalView view, IntSupplier width, Supplier<LiveStatus> status,
                           long periodMillis) {
        this.screen = screen;
        this.view = view;
        this.width = width;
        this.status = status;
        this.periodMillis = periodMillis;
    }

    /** Starts redrawing; returns at once. */
    public void start() {
        redrawing.start();
    }

    /** Stops redrawing, draws the final state once more and leaves it on screen. Safe to call twice, or unstarted. */
    @Override
    public void close() {
        if (!redrawing.stop(CLOSE_WAIT_MILLIS) || !redrawing.started()) {
            return; // closed before, or never started: nothing on screen to finish
        }
        redraw();
        screen.end();
    }

    private void run() {
        while (redrawing.running()) {
            redraw();
            try {
                Thread.sleep(periodMillis);
            } catch (InterruptedException e) {
                // close() interrupts; the loop checks redrawing.running().
            }
        }
    }

    private void redraw() {
        try {
            screen.paint(view.render(status.get(), width.getAsInt()));
        } catch (RuntimeException e) {
            // A drawing problem must not end the set; the next redraw tries again.
        }
    }
}
