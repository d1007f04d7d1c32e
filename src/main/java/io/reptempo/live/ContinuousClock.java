package io.reptempo.live;

import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Keeps one strictly increasing timeline across device restarts. A sensor that restarts starts its clock
 * again near 0; the engine needs time that only moves forward. While the device time increases, samples pass
 * with their time shifted by the current offset (0 until the first restart, so a stream without restarts is
 * passed through unchanged). When it goes back, the offset is moved so the first sample of the new device
 * run comes one typical sample period after the last sample, and the restart is recorded: the timeline has no
 * hole there, but the place is marked (the real pause while the device rebooted is unknown in sample time).
 * Not thread-safe.
 */
public final class ContinuousClock implements SampleSink {

    /**
     * A place where the device clock went back.
     *
     * @param atT             continuous time given to the first sample after the restart
     * @param lastT           continuous time of the last sample before it
     * @param previousDeviceT device time of the last sample before it
     * @param newDeviceT      device time of the first sample after it
     */
    public record Restart(double atT, double lastT, double previousDeviceT, double newDeviceT) {
    }

    /** Hears about restarts, before the first sample of the new device run reaches the downstream sink. */
    public interface Listener {
        void onRestart(Restart restart);
    }

    /** Restarts kept for {@link #restartList()}; older ones are only counted. */
    static final int MAX_KEPT = 100;
    /** The gap placed at a restart when the sample period is not known yet. */
    static final double DEFAULT_PERIOD_S = 0.01;
    private static final int PERIODS = 9;

    private final SampleSink downstream;
    private final Listener listener;
    private boolean haveLast;
    private double lastDeviceT;
    private double lastT;
    private double offset;
    private final double[] periods = new double[PERIODS];
    private int periodCount;
    private int periodNext;
    private long restarts;
    private final List<Restart> restartList = new ArrayList<>();

    public ContinuousClock(SampleSink downstream) {
        this(downstream, r -> {
        });
    }

    public ContinuousClock(SampleSink downstream, Listener listener) {
        this.downstream = Objects.requireNonNull(downstream, "downstream");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void accept(Sample s) {
        double deviceT = s.t();
        if (!Double.isFinite(deviceT)) {
            return;
        }
        if (haveLast) {
            if (deviceT > lastDeviceT) {
                addPeriod(deviceT - lastDeviceT);
            } else {
                double atT = lastT + typicalPeriod();
                offset = atT - deviceT;
                Restart r = new Restart(atT, lastT, lastDeviceT, deviceT);
                restarts++;
                if (restartList.size() < MAX_KEPT) {
                    restartList.add(r);
                }
                listener.onRestart(r);
            }
        }
        double t = deviceT + offset;
        if (haveLast && !(t > lastT)) {
            // Rounding of a huge offset: nudge to the next representable time so the order holds.
            t = Math.nextUp(lastT);
        }
        haveLast = true;
        lastDeviceT = deviceT;
        lastT = t;
        downstream.accept(offset == 0.0 && t == deviceT ? s : new Sample(t, s.ax(), s.ay(), s.az(), s.gx(), s.gy(), s.gz()));
    }

    @Override
    public void finish() {
        downstream.finish();
    }

    /** Median of the last few sample intervals, or {@link #DEFAULT_PERIOD_S} before there are any. */
    public double typicalPeriod() {
        if (periodCount == 0) {
            return DEFAULT_PERIOD_S;
        }
        double[] sorted = Arrays.copyOf(periods, periodCount);
        Arrays.sort(sorted);
        return sorted[periodCount / 2];
    }

    private void addPeriod(double dt) {
        periods[periodNext] = dt;
        periodNext = (periodNext + 1) % PERIODS;
        periodCount = Math.min(PERIODS, periodCount + 1);
    }

    /** How many times the device clock went back. */
    public long restarts() {
        return restarts;
    }

    /** The first {@link #MAX_KEPT} restarts, in order. */
    public List<Restart> restartList() {
        return List.copyOf(restartList);
    }

    /** What is added to device time now: 0 until the first restart. */
    public double offset() {
        return offset;
    }

    /** Continuous time of the last sample passed on, NaN before the first. */
    public double lastT() {
        return haveLast ? lastT : Double.NaN;
    }
}
