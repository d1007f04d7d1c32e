package io.reptempo.motion;

import io.reptempo.sensor.Sample;
import java.util.ArrayList;
import java.util.List;

/**
 * Bar motion for a sensor that is never still: a wrist-worn sensor (the hand grips the bar and
 * trembles under load) or a recording that starts mid-set. With no rests to anchor velocity,
 * drift is taken out by the bar's own repetition: velocity and height are each detrended over
 * one rep's length, measured from the signal. Hindsight of about one rep, so live feedback
 * comes that much later than with rests.
 */
public final class RestFreeBarEstimator implements MotionEstimator {
    /** Gravity is first estimated from the mean of this much signal. */
    static final double START_SECONDS = 1.0;

    private final MotionListener listener;
    private final GravityFollower gravity = new GravityFollower();
    private final RepPeriodEstimator period = new RepPeriodEstimator();
    private final TurningPointSplitter splitter;
    private final CenteredDetrend heightDetrend;
    private final CenteredDetrend velocityDetrend;
    private final List<Sample> start = new ArrayList<>();
    private boolean started;
    private boolean calibrated;
    private double lastT = Double.NaN;
    private double lastA;
    private double velocity;
    private double lastVT = Double.NaN;
    private double lastVd;
    private double height;
    private int gaps;

    public RestFreeBarEstimator(MotionListener listener) {
        this.listener = listener;
        this.splitter = new TurningPointSplitter(listener);
        this.heightDetrend = new CenteredDetrend((t, h, slope, v) -> {
            double vOut = v - slope;
            listener.onProgress(t, h, vOut, false);
            splitter.push(t, h, vOut, period.periodSeconds());
        });
        this.velocityDetrend = new CenteredDetrend((t, vd, slope, unused) -> {
            if (!Double.isNaN(lastVT)) {
                height += (vd + lastVd) / 2 * (t - lastVT);
            }
            lastVT = t;
            lastVd = vd;
            heightDetrend.push(t, height, vd, period.periodSeconds(), true);
        });
    }

    @Override
    public void accept(Sample s) {
        if (!Double.isNaN(lastT) && s.t() - lastT > StreamLimits.MAX_GAP_SECONDS) {
            gap(lastT, s.t());
        }
        lastT = s.t();
        if (!started) {
            start.add(s);
            if (s.t() - start.get(0).t() >= START_SECONDS) {
                begin();
            }
            return;
        }
        step(s);
    }

    /** Gravity from the mean of the first second, then that second is processed like the rest. */
    private void begin() {
        double x = 0;
        double y = 0;
        double z = 0;
        for (Sample s : start) {
            x += s.ax();
            y += s.ay();
            z += s.az();
        }
        gravity.start(x / start.size(), y / start.size(), z / start.size());
        started = true;
        if (!calibrated) {
            calibrated = true;
            listener.onCalibrated(start.get(0).t());
        }
        double prevT = Double.NaN;
        for (Sample s : start) {
            stepAfter(s, prevT);
            prevT = s.t();
        }
        start.clear();
    }

    private double prevStepT = Double.NaN;

    private void step(Sample s) {
        stepAfter(s, prevStepT);
    }

    private void stepAfter(Sample s, double prevT) {
        double dt = Double.isNaN(prevT) ? 0 : s.t() - prevT;
        prevStepT = s.t();
        double a = gravity.verticalAcceleration(s, dt);
        period.push(s.t(), a);
        if (dt > 0) {
            velocity += (a + lastA) / 2 * dt;
        }
        lastA = a;
        velocityDetrend.push(s.t(), velocity, 0, period.periodSeconds(), period.settled());
    }

    private void gap(double from, double to) {
        gaps++;
        flushPipeline();
        listener.onGap(from, to);
    }

    private void flushPipeline() {
        if (!started && !start.isEmpty() && start.size() > 1) {
            begin();
        }
        velocityDetrend.flush(period.periodSeconds());
        heightDetrend.flush(period.periodSeconds());
        splitter.flush();
        start.clear();
        started = false;
        velocity = 0;
        lastA = 0;
        height = 0;
        lastVT = Double.NaN;
        prevStepT = Double.NaN;
        period.reset();
    }

    @Override
    public void finish() {
        flushPipeline();
        listener.onFinish(lastT);
    }

    @Override
    public int gapCount() {
        return gaps;
    }

    @Override
    public boolean isCalibrated() {
        return calibrated;
    }
}
