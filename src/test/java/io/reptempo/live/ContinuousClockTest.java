package io.reptempo.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.reptempo.sensor.Sample;
import org.junit.jupiter.api.Test;

class ContinuousClockTest {

    @Test
    void passesAStreamWithoutRestartsUnchanged() {
        Frames.Collect out = new Frames.Collect();
        ContinuousClock c = new ContinuousClock(out);
        Sample a = Sample.accel(3.0, 0, 0, 9.8);
        Sample b = Sample.accel(3.01, 0, 0, 9.8);
        c.accept(a);
        c.accept(b);
        c.finish();
        assertSame(a, out.samples.get(0));
        assertSame(b, out.samples.get(1));
        assertEquals(1, out.finishes);
        assertEquals(0, c.restarts());
    }

    @Test
    void continuesOnePeriodAfterTheLastSampleWhenTheDeviceTimeGoesBack() {
        Frames.Collect out = new Frames.Collect();
        ContinuousClock c = new ContinuousClock(out);
        for (int i = 0; i <= 100; i++) {
            c.accept(Sample.accel(10 + i * 0.01, 0, 0, 9.8));
        }
        c.accept(Sample.accel(0.002, 0, 0, 9.8));
        c.accept(Sample.accel(0.012, 0, 0, 9.8));
        c.accept(Sample.accel(0.012, 0, 0, 9.8));
        assertEquals(11.01, out.samples.get(101).t(), 1e-9);
        assertEquals(11.02, out.samples.get(102).t(), 1e-9);
        assertEquals(2, c.restarts(), "the repeated time is a restart too");
        assertEquals(11.03, out.samples.get(103).t(), 1e-9);
        assertEquals(11.0, c.restartList().get(0).lastT(), 1e-9);
    }
}
