package io.reptempo.live;

import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;

/** Passes samples on until a given span of sensor time has gone by, then drops the rest. */
public final class StopAfter implements SampleSink {
    private final SampleSink next;
    private final double seconds;
    private double first = Double.NaN;
    private volatile boolean reached;

    public StopAfter(SampleSink next, double seconds) {
        this.next = next;
        this.seconds = seconds;
    }

    @Override
    public void accept(Sample s) {
        if (Double.isNaN(first)) {
            first = s.t();
        }
        if (s.t() - first > seconds) {
            reached = true;
            return;
        }
        next.accept(s);
    }

    public boolean reached() {
        return reached;
    }

    @Override
    public void finish() {
        next.finish();
    }
}
