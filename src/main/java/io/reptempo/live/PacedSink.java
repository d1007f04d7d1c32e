package io.reptempo.live;

import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;

/**
 * Hands samples on no faster than their own timestamps allow (times a speed factor), to replay a
 * recording as if the sensor were live. The one place outside the engine where wall time matters.
 */
public final class PacedSink implements SampleSink {
    private final SampleSink next;
    private final double speed;
    private double firstT = Double.NaN;
    private long startNanos;

    /** @param speed 1 = real time, 4 = four times faster, 0 = as fast as possible */
    public PacedSink(SampleSink next, double speed) {
        this.next = next;
        this.speed = speed;
    }

    @Override
    public void accept(Sample s) {
        if (speed > 0) {
            if (Double.isNaN(firstT)) {
                firstT = s.t();
                startNanos = System.nanoTime();
            }
            long due = startNanos + (long) ((s.t() - firstT) / speed * 1e9);
            long wait = due - System.nanoTime();
            if (wait > 1_000_000) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        next.accept(s);
    }

    @Override
    public void finish() {
        next.finish();
    }
}
