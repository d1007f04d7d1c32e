package io.reptempo.window;

import io.reptempo.engine.EngineListener;

/**
 * Hands the engine's per-sample provisional motion to the window's trace buffer: the only thing
 * the window asks of the reader thread for each sample is three array stores.
 */
public final class MotionFeed implements EngineListener {
    private final TraceBuffer buffer;
    private double lastT = Double.NaN;

    public MotionFeed(TraceBuffer buffer) {
        this.buffer = buffer;
    }

    @Override
    public void onProgress(double tSeconds, double position, double velocity, boolean resting) {
        lastT = tSeconds;
        buffer.add(tSeconds, position, velocity);
    }

    @Override
    public void onGap(double fromSeconds, double toSeconds) {
        if (!Double.isNaN(lastT)) {
            buffer.add(Math.max(lastT, fromSeconds), Double.NaN, Double.NaN); // breaks the line: nothing was measured
        }
    }
}
