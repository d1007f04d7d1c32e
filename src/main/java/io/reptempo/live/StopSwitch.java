package io.reptempo.live;

import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;

/**
 * Passes samples on until the set is ended from outside (the live window closed), then drops the
 * rest, so a replay stops at once instead of pacing through the remainder of the file.
 */
public final class StopSwitch implements SampleSink {
    private final SampleSink next;
    private volatile boolean stopped;

    public StopSwitch(SampleSink next) {
        this.next = next;
    }

    /** Ends the set: no more samples get through. Safe from any thread. */
    public void stop() {
        stopped = true;
    }

    public boolean stopped() {
        return stopped;
    }

    @Override
    public void accept(Sample s) {
        if (!stopped) {
            next.accept(s);
        }
    }

    @Override
    public void finish() {
        next.finish();
    }
}
