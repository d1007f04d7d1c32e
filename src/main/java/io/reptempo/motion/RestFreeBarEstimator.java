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
    /**
     * Standing is replayed from this long before lifting shows (or one rep's length if longer):
     * a slow lowering starts under the tremor.
     */
    static final double MIN_LEAD_SECONDS = 2.0;

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
    private double lastIntegratedT = Double.NaN;
    private final TremorFloor tremor = new TremorFloor();
    private final IdleDetector idle = new IdleDetector();
    private final HeldAccelerations held = new HeldAccelerations();
    private boolean resting;
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

    /**
     * One sample through gravity and the tremor measures; then into the rep-length estimate and the
     * velocity integral, unless the sensor may be standing between sets (held back until that is
     * known) or is (kept aside, the last of it to replay when lifting starts again).
     */
    private void step(Sample s) {
        double dt = Double.isNaN(prevStepT) ? 0 : s.t() - prevStepT;
        prevStepT = s.t();
        double a = gravity.verticalAcceleration(s, dt);
        double moving = tremor.push(a, dt);
        double noise = tremor.noise();
        double z = tremor.smoothed() / noise;
        IdleDetector.State before = idle.state();
        IdleDetector.State now = idle.push(s.t(), noise > 0 ? z * z : Double.NaN, period.periodSeconds());
        switch (now) {
            case ACTIVE -> {
                if (before == IdleDetector.State.IDLE) {
                    resting = false;
                }
                held.drain(this::integrate);
                integrate(s.t(), a, moving);
            }
            case QUIET -> held.add(s.t(), a, moving);
            case IDLE -> {
                if (before != IdleDetector.State.IDLE) {
                    // Standing since the quiet began: what was lifted before it ends at a rest.
                    flushPipeline(true);
                    resting = true;
                }
                held.add(s.t(), a, moving);
                held.keepLast(Math.max(MIN_LEAD_SECONDS, period.periodSeconds()), this::standing);
            }
        }
    }

    /** A sample of standing still, shown as such and not integrated. */
    private void standing(double t, double a, double moving) {
        listener.onProgress(t, 0, 0, true);
    }

    /** One vertical acceleration into the rep-length estimate and the velocity integral. */
    private void integrate(double t, double a, double moving) {
        period.push(t, a);
        if (!Double.isNaN(lastIntegratedT)) {
            velocity += (a + lastA) / 2 * (t - lastIntegratedT);
        }
        lastIntegratedT = t;
        lastA = a;
        velocityCarry[0] = moving;
        velocityCarry[1] = velocity;
        velocityDetrend.push(t, velocity, velocityCarry, period.periodSeconds(), period.settled());
    }

    /**
     * Motion is never integrated across a gap: what came before is finished as it stands and
     * integration starts afresh after it. Gravity and the rep length carry on (the lifter and
     * the way the sensor is worn have not changed), so the set goes on without a new start-up.
     */
    private void gap(double from, double to) {
        gaps++;
        endOfData();
        prevStepT = Double.NaN;
        tremor.restart();
        idle.restart();
        listener.onGap(from, to);
    }

    /** The data stops (a gap or the end): what was held back while quiet is lifting after all. */
    private void endOfData() {
        if (!started && start.size() > 1) {
            begin();
        }
        start.clear(); // a lone sample before a gap cannot start anything
        if (resting) {
            held.drain(this::standing);
        } else {
            held.drain(this::integrate);
            flushPipeline(false);
        }
        resting = false;
    }

    /** Finishes what was integrated as it stands; the next sample integrated starts from rest. */
    private void flushPipeline(boolean atRest) {
        velocityDetrend.flush(period.periodSeconds());
        heightDetrend.flush(period.periodSeconds());
        splitter.flush(atRest);
        velocity = 0;
        lastA = 0;
        height = 0;
        lastVT = Double.NaN;
        lastIntegratedT = Double.NaN;
        period.restartGrid();
    }

    @Override
    public void finish() {
        endOfData();
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
