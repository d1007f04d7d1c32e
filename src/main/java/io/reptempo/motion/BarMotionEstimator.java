package io.reptempo.motion;

import io.reptempo.sensor.Sample;
import io.reptempo.signal.StillnessDetector;

/**
 * Vertical motion of a bar: projects the specific force on the gravity direction found at rest,
 * integrates to velocity and height, and removes drift with zero-velocity updates at every rest.
 *
 * <p>A slow steady lowering has almost no acceleration, so "still" needs both a quiet
 * accelerometer and an integrated velocity near zero. While resting, gravity is re-measured
 * from samples at least {@link #PROBE_SECONDS} old, and the newer samples are integrated as a
 * probe: a lowering that starts too gently to disturb the accelerometer still shows up there.
 */
public final class BarMotionEstimator implements MotionEstimator {
    /** Integrated speed below which a quiet sensor is at rest; slow eccentrics run at 0.05+ m/s. */
    static final double REST_SPEED_MPS = 0.035;
    /** Probe speed that starts a movement; about 5 sigma of integrated sensor noise over the probe. */
    static final double PROBE_SPEED_MPS = 0.025;
    /** How far back a movement's start is replayed once noticed (covers the gentlest onsets). */
    static final double PROBE_SECONDS = 0.8;
    /** Length of the block of resting samples that gravity is measured from. */
    static final double ANCHOR_SECONDS = 0.8;
    /** How often gravity is re-measured while resting. */
    static final double REANCHOR_PERIOD_SECONDS = 0.25;
    /**
     * Quiet and slow must hold this long before a rest is declared: the end of a smooth movement
     * is quiet while the bar still creeps, and this lets the deceleration finish.
     */
    static final double REST_CONFIRM_SECONDS = 0.3;
    /** A sensor quiet this long is at rest whatever the integrated velocity says (drift guard). */
    static final double FORCED_REST_SECONDS = 6.0;
    /** Still time needed before the first calibration. */
    static final double CALIBRATION_SECONDS = 0.5;
    /** Longer silences are gaps: never integrated across. */
    static final double MAX_GAP_SECONDS = 0.5;
    /** A stretch longer than this is split to keep memory bounded (never happens in real sets). */
    static final double MAX_SEGMENT_SECONDS = 120.0;
    /** Gyro bias tracking while resting (time constant about 2 s). */
    private static final double GYRO_BIAS_GAIN_PER_SECOND = 0.5;

    private enum State { WAITING_FOR_REST, RESTING, MOVING }

    private final MotionListener listener;
    private final StillnessDetector stillness = new StillnessDetector();
    private final SegmentBuffer segment = new SegmentBuffer();
    private final SampleHistory history = new SampleHistory(PROBE_SECONDS + ANCHOR_SECONDS + 0.1);

    private State state = State.WAITING_FOR_REST;
    private boolean calibrated;
    private double ux, uy, uz; // unit "up" in the sensor frame
    private double gravity;    // measured magnitude of specific force at rest (absorbs bias along up)
    private double biasX, biasY, biasZ;
    private double lastT = Double.NaN;
    private double lastAccel;
    private double velocity;
    private double height;
    private double stillSince = Double.NaN;
    private double restStart;
    private double lastAnchorT;
    private double restCandidateSince = Double.NaN;
    private int probeStart;     // history index where the probe integration starts
    private int gaps;

    public BarMotionEstimator(MotionListener listener) {
        this.listener = listener;
    }

    @Override
    public void accept(Sample s) {
        double t = s.t();
        if (!Double.isNaN(lastT) && t - lastT > MAX_GAP_SECONDS) {
            handleGap(lastT, t);
        }
        double dt = Double.isNaN(lastT) ? 0 : t - lastT;
        lastT = t;
        boolean still = stillness.accept(s);
        if (still) {
            if (Double.isNaN(stillSince)) {
                stillSince = t;
            }
        } else {
            stillSince = Double.NaN;
        }
        if (!calibrated) {
            if (still && t - stillSince >= CALIBRATION_SECONDS) {
                anchorFromWindow();
                if (s.hasGyro()) {
                    biasX = s.gx();
                    biasY = s.gy();
                    biasZ = s.gz();
                }
                calibrated = true;
                beginRest(t);
                listener.onCalibrated(t);
            }
            return;
        }
        if (s.hasGyro()) {
            rotateUp(s, dt);
        }
        switch (state) {
            case WAITING_FOR_REST -> {
                if (still) {
                    anchorFromWindow();
                    beginRest(t);
                }
            }
            case RESTING -> rest(s, still, dt);
            case MOVING -> move(s, still, dt);
        }
    }

    private void rest(Sample s, boolean still, double dt) {
        double t = s.t();
        history.add(s);
        trackGyroBias(s, dt);
        if (t - lastAnchorT >= REANCHOR_PERIOD_SECONDS && t - restStart >= PROBE_SECONDS + ANCHOR_SECONDS) {
            reanchorFromHistory(t);
        } else {
            double accel = verticalAccel(s);
            if (history.size() > 1) {
                velocity += 0.5 * (lastAccel + accel) * dt;
            }
            lastAccel = accel;
        }
        listener.onProgress(t, height, 0, true);
        if (!still || Math.abs(velocity) > PROBE_SPEED_MPS) {
            startMoving();
        }
    }

    private void move(Sample s, boolean still, double dt) {
        double t = s.t();
        double accel = verticalAccel(s);
        double previousVelocity = velocity;
        velocity += 0.5 * (lastAccel + accel) * dt;
        height += 0.5 * (velocity + previousVelocity) * dt;
        lastAccel = accel;
        segment.add(t, height, velocity);
        listener.onProgress(t, height, velocity, false);
        boolean quietLongEnough = still && t - stillSince >= FORCED_REST_SECONDS;
        if (still && Math.abs(velocity) < REST_SPEED_MPS) {
            if (Double.isNaN(restCandidateSince)) {
                restCandidateSince = t;
            }
        } else {
            restCandidateSince = Double.NaN;
        }
        boolean restConfirmed = !Double.isNaN(restCandidateSince) && t - restCandidateSince >= REST_CONFIRM_SECONDS;
        if (restConfirmed || quietLongEnough) {
            endSegment(true);
            anchorFromWindow();
            beginRest(t);
        } else if (t - segment.firstTime() > MAX_SEGMENT_SECONDS) {
            endSegment(false);
            state = State.WAITING_FOR_REST;
        }
    }

    private double verticalAccel(Sample s) {
        return s.ax() * ux + s.ay() * uy + s.az() * uz - gravity;
    }

    private void beginRest(double t) {
        state = State.RESTING;
        restCandidateSince = Double.NaN;
        history.clear();
        restStart = t;
        lastAnchorT = t;
        velocity = 0;
        probeStart = 0;
    }

    /** Gravity from the older resting samples; the newer ones are re-integrated as the probe. */
    private void reanchorFromHistory(double t) {
        int split = history.firstAtOrAfter(t - PROBE_SECONDS);
        int from = history.firstAtOrAfter(t - PROBE_SECONDS - ANCHOR_SECONDS);
        double[] m = history.meanAccel(from, split);
        if (m != null) {
            setAnchor(m);
        }
        lastAnchorT = t;
        probeStart = split;
        velocity = 0;
        for (int i = split; i < history.size(); i++) {
            double a = verticalAccel(history.get(i));
            if (i > split) {
                velocity += 0.5 * (lastAccel + a) * (history.get(i).t() - history.get(i - 1).t());
            }
            lastAccel = a;
        }
    }

    /** Replays the probe samples into a fresh segment so the movement's onset is kept. */
    private void startMoving() {
        int from = Math.min(probeStart, history.size() - 1);
        double v = 0;
        double h = height;
        double prevA = verticalAccel(history.get(from));
        segment.add(history.get(from).t(), h, 0);
        for (int i = from + 1; i < history.size(); i++) {
            Sample s = history.get(i);
            double a = verticalAccel(s);
            double dt = s.t() - history.get(i - 1).t();
            double vNext = v + 0.5 * (prevA + a) * dt;
            h += 0.5 * (v + vNext) * dt;
            v = vNext;
            prevA = a;
            segment.add(s.t(), h, v);
        }
        velocity = v;
        height = h;
        lastAccel = prevA;
        history.clear();
        state = State.MOVING;
    }

    private void endSegment(boolean endedByRest) {
        MotionSegment done = segment.drainWithVelocityEndingAt(0, endedByRest);
        height = done.position()[done.size() - 1];
        velocity = 0;
        listener.onSegment(done);
    }

    private void handleGap(double from, double to) {
        gaps++;
        if (state == State.MOVING && segment.size() > 1) {
            endSegment(false);
        } else if (segment.size() > 0) {
            segment.drain(false);
        }
        history.clear();
        velocity = 0;
        if (calibrated) {
            state = State.WAITING_FOR_REST;
        }
        listener.onGap(from, to);
    }

    private void anchorFromWindow() {
        setAnchor(stillness.windowMean());
    }

    private void setAnchor(double[] m) {
        double norm = Math.sqrt(m[0] * m[0] + m[1] * m[1] + m[2] * m[2]);
        if (norm < 1e-6) {
            return;
        }
        ux = m[0] / norm;
        uy = m[1] / norm;
        uz = m[2] / norm;
        gravity = norm;
    }

    private void trackGyroBias(Sample s, double dt) {
        if (!s.hasGyro()) {
            return;
        }
        double k = Math.min(1.0, GYRO_BIAS_GAIN_PER_SECOND * dt);
        biasX += k * (s.gx() - biasX);
        biasY += k * (s.gy() - biasY);
        biasZ += k * (s.gz() - biasZ);
        stillness.setGyroBias(biasX, biasY, biasZ);
    }

    /** A world-fixed vector seen from a rotating sensor turns the other way: du/dt = u x w. */
    private void rotateUp(Sample s, double dt) {
        double wx = s.gx() - biasX, wy = s.gy() - biasY, wz = s.gz() - biasZ;
        double nx = ux + (uy * wz - uz * wy) * dt;
        double ny = uy + (uz * wx - ux * wz) * dt;
        double nz = uz + (ux * wy - uy * wx) * dt;
        double norm = Math.sqrt(nx * nx + ny * ny + nz * nz);
        ux = nx / norm;
        uy = ny / norm;
        uz = nz / norm;
    }

    @Override
    public void finish() {
        if (state == State.MOVING && segment.size() > 1) {
            endSegment(false);
        }
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
