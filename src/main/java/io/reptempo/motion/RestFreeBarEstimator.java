package io.reptempo.motion;

import io.reptempo.sensor.Sample;
import java.util.ArrayList;
import java.util.List;

/**
 * Bar motion for a sensor that is never still: a wrist-worn sensor (the hand grips the bar and
 * trembles under load) or a recording that starts mid-set. With no rests to anchor velocity,
 * a first height comes from the bar's own repetition (velocity and height each detrended over
 * one rep's length, measured from the signal); its turning points, and the pauses at them, then
 * anchor the integrated velocity to zero like rests, so pauses and a changing rhythm do not
 * bend it. Hindsight of about one rep, so live feedback comes that much later than with rests.
 */
public final class RestFreeBarEstimator implements MotionEstimator {
    /**
     * Gravity is first estimated from the mean of this much signal: over whole reps the bar's
     * own acceleration averages out, so a few seconds of lifting give gravity.
     */
    static final double START_SECONDS = 4.0;

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
    private double prevStepT = Double.NaN;
    private double lastA;
    private final TremorFloor tremor = new TremorFloor();
    private double velocity;
    private double lastVT = Double.NaN;
    private double lastVd;
    private double height;
    private int gaps;
    private final double[] velocityCarry = new double[2]; // movement above tremor, raw velocity
    private final double[] heightCarry = new double[3];   // detrended velocity, and the two above

    public RestFreeBarEstimator(MotionListener listener) {
        this.listener = listener;
        this.splitter = new TurningPointSplitter(listener);
        this.heightDetrend = new CenteredDetrend(3, (t, h, slope, carried) -> {
            double vOut = carried[0] - slope;
            listener.onProgress(t, h, vOut, false);
            splitter.push(t, h, carried[2], carried[1], period.periodSeconds());
        });
        this.velocityDetrend = new CenteredDetrend(2, (t, vd, slope, carried) -> {
            if (!Double.isNaN(lastVT)) {
                height += (vd + lastVd) / 2 * (t - lastVT);
            }
            lastVT = t;
            lastVd = vd;
            heightCarry[0] = vd;
            heightCarry[1] = carried[0];
            heightCarry[2] = carried[1];
            heightDetrend.push(t, height, heightCarry, period.periodSeconds(), true);
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

    /** Gravity from the mean of the first seconds, then those seconds are processed like the rest. */
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
        prevStepT = Double.NaN;
        start.forEach(this::step);
        start.clear();
    }

    /** One sample through gravity, the rep-length estimate and the velocity integral. */
    private void step(Sample s) {
        double dt = Double.isNaN(prevStepT) ? 0 : s.t() - prevStepT;
        prevStepT = s.t();
        double a = gravity.verticalAcceleration(s, dt);
        period.push(s.t(), a);
        if (dt > 0) {
            velocity += (a + lastA) / 2 * dt;
        }
        lastA = a;
        double moving = tremor.push(a, dt);
        velocityCarry[0] = moving;
        velocityCarry[1] = velocity;
        velocityDetrend.push(s.t(), velocity, velocityCarry, period.periodSeconds(), period.settled());
    }

    /**
     * Motion is never integrated across a gap: what came before is finished as it stands and
     * integration starts afresh after it. Gravity and the rep length carry on (the lifter and
     * the way the sensor is worn have not changed), so the set goes on without a new start-up.
     */
    private void gap(double from, double to) {
        gaps++;
        flushPipeline();
        listener.onGap(from, to);
    }

    private void flushPipeline() {
        if (!started && start.size() > 1) {
            begin();
        }
        start.clear(); // a lone sample before a gap cannot start anything
        velocityDetrend.flush(period.periodSeconds());
        heightDetrend.flush(period.periodSeconds());
        splitter.flush();
        velocity = 0;
        lastA = 0;
        height = 0;
        lastVT = Double.NaN;
        prevStepT = Double.NaN;
        tremor.restart();
        period.restartGrid();
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
