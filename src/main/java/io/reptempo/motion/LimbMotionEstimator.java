package io.reptempo.motion;

import io.reptempo.phases.Direction;
import io.reptempo.sensor.Sample;
import io.reptempo.signal.GyroBiasEstimator;
import io.reptempo.signal.StillnessDetector;

/**
 * Angle of a body segment that rotates about a joint, from the direction of gravity in the sensor
 * frame (gyro-propagated between rests when there is a gyroscope), in degrees from the start
 * position. The rotation axis is learnt from the first clear movement; the sign is set so the
 * first movement goes in the exercise's first direction.
 *
 * <p>Without a gyroscope the accelerometer also feels the swing's own tangential and centripetal
 * acceleration, which can be as large as gravity; each stretch between rests is worked out in
 * hindsight with a model of the swing ({@link AccelLimbAngles}), so smoothing adds no delay.
 */
public final class LimbMotionEstimator implements MotionEstimator {
    static final double LOOKBACK_SECONDS = 0.6;
    /** Smoothing of the provisional accelerometer-only rate shown live. */
    static final double PROGRESS_SMOOTHING_SECONDS = 0.05;
    /**
     * Smoothing of the provisional accelerometer-only angle shown live: enough to still the
     * reading's noise and tremor (the rate, which live phases are timed on, keeps its own).
     */
    static final double PROGRESS_ANGLE_SMOOTHING_SECONDS = 0.1;
    /** Share of the gap to gravity's angle closed at each rest when a gyroscope carries the angle. */
    static final double GRAVITY_PULL = 0.1;
    /**
     * Accelerometer only: a rest must last this long before it ends a stretch, as the end of a
     * lowering can swing like a free pendulum, which an accelerometer cannot tell from rest.
     */
    static final double REST_CONFIRM_SECONDS = 0.2;
    /** Tail of a stretch ended by a rest that is certainly still (the detector's window is 0.3 s). */
    static final double REST_TAIL_SECONDS = 0.2;
    /** A rotation this large is clear enough to define the joint axis. */
    static final double AXIS_MIN_TILT_DEG = 10.0;

    private enum State { WAITING_FOR_REST, RESTING, MOVING, SETTLING }

    private final MotionListener listener;
    private final Direction firstDirection;
    private final StillnessDetector stillness = new StillnessDetector();
    private final GyroBiasEstimator gyroBias = new GyroBiasEstimator();
    private final LimbSegmentBuffer segment = new LimbSegmentBuffer();
    private final LimbSegmentBuffer recent = new LimbSegmentBuffer();
    private final AccelLimbAngles accel = new AccelLimbAngles();

    private State state = State.WAITING_FOR_REST;
    private boolean calibrated;
    private double refX, refY, refZ; // up at the start position
    private double ux, uy, uz;       // up now
    private double restX, restY, restZ; // mean reading at the latest rest (m/s^2, not normalised)
    private double startX, startY, startZ; // the same at the rest the current stretch started from
    private double axisX, axisY, axisZ;
    private boolean axisKnown;
    private double biasX, biasY, biasZ;
    private double lastT = Double.NaN;
    private double stillSince = Double.NaN;
    private double settlingSince = Double.NaN;
    private double movingSince = Double.NaN;
    private double angleDeg;
    private boolean continuousAngleKnown;
    private double progressAngle = Double.NaN;
    private double progressRate;
    private double shownAngle = Double.NaN;
    private int gaps;

    public LimbMotionEstimator(MotionListener listener, Direction firstDirection) {
        this.listener = listener;
        this.firstDirection = firstDirection;
    }

    @Override
    public void accept(Sample s) {
        double t = s.t();
        if (!Double.isNaN(lastT) && t - lastT > StreamLimits.MAX_GAP_SECONDS) {
            handleGap(lastT, t);
        }
        double dt = Double.isNaN(lastT) ? 0 : t - lastT;
        lastT = t;
        boolean still = stillness.accept(s);
        stillSince = still ? (Double.isNaN(stillSince) ? t : stillSince) : Double.NaN;
        if (!calibrated) {
            if (still && t - stillSince >= StreamLimits.CALIBRATION_SECONDS) {
                anchor();
                refX = ux;
                refY = uy;
                refZ = uz;
                trackGyroBias(s, dt);
                calibrated = true;
                state = State.RESTING;
                listener.onCalibrated(t);
            }
            return;
        }
        boolean gyro = s.hasGyro();
        double wx = gyro ? s.gx() - biasX : Double.NaN;
        double wy = gyro ? s.gy() - biasY : Double.NaN;
        double wz = gyro ? s.gz() - biasZ : Double.NaN;
        if (gyro) {
            propagate(wx, wy, wz, dt);
        } else {
            // Raw specific force: its direction is gravity's only at rest; smoothed per movement later.
            ux = s.ax();
            uy = s.ay();
            uz = s.az();
        }
        switch (state) {
            case WAITING_FOR_REST -> {
                if (still) {
                    anchor();
                    state = State.RESTING;
                    angleDeg = signedAngleDeg(ux, uy, uz);
                    continuousAngleKnown = false;
                }
            }
            case RESTING -> {
                if (still) {
                    anchor();
                    trackGyroBias(s, dt);
                    if (gyro) {
                        recent.add(t, ux, uy, uz, wx, wy, wz);
                    } else {
                        // The swing smoother wants every raw reading, rests included.
                        recent.add(t, s.ax(), s.ay(), s.az(), wx, wy, wz);
                    }
                    trimRecent(t);
                    listener.onProgress(t, angleDeg, 0, true);
                    progressAngle = Double.NaN;
                    progressRate = 0;
                    shownAngle = Double.NaN;
                } else {
                    recent.add(t, ux, uy, uz, wx, wy, wz);
                    for (int i = 0; i < recent.size; i++) {
                        segment.add(recent.t[i], recent.ux[i], recent.uy[i], recent.uz[i],
                                recent.wx[i], recent.wy[i], recent.wz[i]);
                    }
                    recent.clear();
                    startX = restX;
                    startY = restY;
                    startZ = restZ;
                    state = State.MOVING;
                    movingSince = t;
                    gyroBias.motionStarted();
                }
            }
            case MOVING -> {
                segment.add(t, ux, uy, uz, wx, wy, wz);
                reportProgress(t, dt, wx, wy, wz);
                if (still && !gyro) {
                    anchor();
                    settlingSince = t;
                    state = State.SETTLING;
                } else if (still) {
                    anchor();
                    segment.ux[segment.size - 1] = ux;
                    segment.uy[segment.size - 1] = uy;
                    segment.uz[segment.size - 1] = uz;
                    endSegment(true);
                    state = State.RESTING;
                } else if (t - segment.t[0] > StreamLimits.MAX_SEGMENT_SECONDS) {
                    endSegment(false);
                    state = State.WAITING_FOR_REST;
                }
            }
            case SETTLING -> {
                // Accelerometer only: still, but not yet for long enough to end the stretch.
                segment.add(t, ux, uy, uz, wx, wy, wz);
                reportProgress(t, dt, wx, wy, wz);
                if (!still) {
                    state = State.MOVING;
                } else {
                    anchor();
                    if (t - settlingSince >= REST_CONFIRM_SECONDS) {
                        keepRestTail();
                        endSegment(true);
                        state = State.RESTING;
                    }
                }
            }
        }
    }

    /**
     * Accelerometer only: the stretch's still tail starts the next stretch's look-back. At low
     * rates the rest confirmation can take up the whole of a short pause, and a stretch that
     * starts without a rest at its head must guess how the movement began.
     */
    private void keepRestTail() {
        double from = settlingSince - REST_TAIL_SECONDS;
        recent.clear();
        for (int i = 0; i < segment.size; i++) {
            if (segment.t[i] >= from) {
                recent.add(segment.t[i], segment.ux[i], segment.uy[i], segment.uz[i],
                        segment.wx[i], segment.wy[i], segment.wz[i]);
            }
        }
    }

    private void trimRecent(double now) {
        if (recent.size > 0 && now - recent.t[0] > 2 * LOOKBACK_SECONDS) {
            int keepFrom = 0;
            while (keepFrom < recent.size && now - recent.t[keepFrom] > LOOKBACK_SECONDS) {
                keepFrom++;
            }
            int n = recent.size - keepFrom;
            System.arraycopy(recent.t, keepFrom, recent.t, 0, n);
            System.arraycopy(recent.ux, keepFrom, recent.ux, 0, n);
            System.arraycopy(recent.uy, keepFrom, recent.uy, 0, n);
            System.arraycopy(recent.uz, keepFrom, recent.uz, 0, n);
            System.arraycopy(recent.wx, keepFrom, recent.wx, 0, n);
            System.arraycopy(recent.wy, keepFrom, recent.wy, 0, n);
            System.arraycopy(recent.wz, keepFrom, recent.wz, 0, n);
            recent.size = n;
        }
    }

    /** Turns the buffered up-vectors into angle and angular velocity and hands them on. */
    private void endSegment(boolean endedByRest) {
        int n = segment.size;
        if (n < 2) {
            segment.clear();
            return;
        }
        if (!axisKnown) {
            learnAxis();
        }
        if (!axisKnown) {
            // Nothing moved far enough to tell the joint axis yet: nothing to report.
            double end = signedAngleDeg(segment.ux[n - 1], segment.uy[n - 1], segment.uz[n - 1]);
            angleDeg = end;
            segment.clear();
            return;
        }
        double[] t = java.util.Arrays.copyOf(segment.t, n);
        double[] angle = new double[n];
        for (int i = 0; i < n; i++) {
            angle[i] = signedAngleDeg(segment.ux[i], segment.uy[i], segment.uz[i]);
        }
        double[] rate = new double[n];
        boolean gyro = !Double.isNaN(segment.wx[0]);
        if (gyro) {
            // The world's up turns opposite to the sensor: angle rate is minus the gyro about the axis.
            double sign = orientationSign();
            for (int i = 0; i < n; i++) {
                rate[i] = -sign * Math.toDegrees(segment.wx[i] * axisX + segment.wy[i] * axisY
                        + segment.wz[i] * axisZ);
            }
            // The gyroscope measures the change of angle better than gravity's direction does (an
            // accelerometer bias bends that by degrees), so the angle runs on from the last stretch
            // and is pulled only part of the way toward where gravity says the limb ended up.
            double integral = 0;
            for (int i = 1; i < n; i++) {
                integral += 0.5 * (rate[i] + rate[i - 1]) * (t[i] - t[i - 1]);
            }
            double start = continuousAngleKnown ? angleDeg : angle[0];
            double end = start + integral;
            if (endedByRest) {
                end += GRAVITY_PULL * (angle[n - 1] - end);
            }
            angle[0] = start;
            double span = Math.max(t[n - 1] - t[0], 1e-9);
            double offset = (end - start - integral) / span;
            for (int i = 0; i < n; i++) {
                rate[i] += offset;
            }
            for (int i = 1; i < n; i++) {
                angle[i] = angle[i - 1] + 0.5 * (rate[i] + rate[i - 1]) * (t[i] - t[i - 1]);
            }
        } else {
            accelAngles(t, angle, rate, endedByRest);
        }
        angleDeg = angle[n - 1];
        continuousAngleKnown = gyro && endedByRest;
        segment.clear();
        listener.onSegment(new MotionSegment(t, angle, rate, endedByRest));
    }

    /**
     * Accelerometer only: the angle from the readings in the plane of rotation, allowing for the
     * swing's own acceleration (see {@link AccelLimbAngles}).
     */
    private void accelAngles(double[] t, double[] angle, double[] rate, boolean endedByRest) {
        double d = refX * axisX + refY * axisY + refZ * axisZ;
        double[] e1 = {refX - d * axisX, refY - d * axisY, refZ - d * axisZ};
        double norm = Math.sqrt(e1[0] * e1[0] + e1[1] * e1[1] + e1[2] * e1[2]);
        e1[0] /= norm;
        e1[1] /= norm;
        e1[2] /= norm;
        double[] e2 = {axisY * e1[2] - axisZ * e1[1], axisZ * e1[0] - axisX * e1[2], axisX * e1[1] - axisY * e1[0]};
        // The detector calls a rest once its whole window is still, and motion as soon as its
        // window stirs (the movement may have begun a window earlier).
        double stillFrom = endedByRest ? settlingSince - REST_TAIL_SECONDS : Double.POSITIVE_INFINITY;
        double stillUntil = movingSince - StillnessDetector.DEFAULT_WINDOW_SECONDS;
        double[] endRest = endedByRest ? new double[] {restX, restY, restZ} : null;
        if (accel.angles(segment, t, e1, e2, new double[] {startX, startY, startZ}, endRest, stillUntil, stillFrom,
                angle, rate)) {
            // The axis was learnt from a reading bent by the swing: turn it round.
            axisX = -axisX;
            axisY = -axisY;
            axisZ = -axisZ;
        }
        double sign = orientationSign();
        for (int i = 0; i < t.length; i++) {
            angle[i] = sign * Math.toDegrees(angle[i]);
            rate[i] = sign * Math.toDegrees(rate[i]);
        }
    }

    /** The joint axis is perpendicular to both the start and the farthest up-vector. */
    private void learnAxis() {
        int far = -1;
        double farCos = Math.cos(Math.toRadians(AXIS_MIN_TILT_DEG));
        for (int i = 0; i < segment.size; i++) {
            double len = Math.sqrt(segment.ux[i] * segment.ux[i] + segment.uy[i] * segment.uy[i]
                    + segment.uz[i] * segment.uz[i]);
            double c = (segment.ux[i] * refX + segment.uy[i] * refY + segment.uz[i] * refZ) / len;
            if (c < farCos) {
                farCos = c;
                far = i;
            }
        }
        if (far < 0) {
            return;
        }
        // Cross product direction does not depend on the vector's length.
        double cx = refY * segment.uz[far] - refZ * segment.uy[far];
        double cy = refZ * segment.ux[far] - refX * segment.uz[far];
        double cz = refX * segment.uy[far] - refY * segment.ux[far];
        double norm = Math.sqrt(cx * cx + cy * cy + cz * cz);
        axisX = cx / norm;
        axisY = cy / norm;
        axisZ = cz / norm;
        if (Double.isNaN(segment.wx[0])) {
            // Without a gyroscope the farthest reading may be bent by the swing until it nearly
            // opposes the start (then the cross product is noise); every reading lies in the plane
            // of rotation, so its normal is firmer. The sign is settled once the angle is known.
            double[] normal = RotationPlane.normal(segment.ux, segment.uy, segment.uz, segment.size);
            double agree = Math.signum(normal[0] * axisX + normal[1] * axisY + normal[2] * axisZ);
            axisX = agree * normal[0];
            axisY = agree * normal[1];
            axisZ = agree * normal[2];
        }
        axisKnown = true;
    }

    /** +1 when the first movement should read as "up", -1 when it should read as "down". */
    private double orientationSign() {
        return firstDirection == Direction.UP ? 1 : -1;
    }

    private double signedAngleDeg(double x, double y, double z) {
        if (!axisKnown) {
            return 0;
        }
        double cx = refY * z - refZ * y;
        double cy = refZ * x - refX * z;
        double cz = refX * y - refY * x;
        double sin = cx * axisX + cy * axisY + cz * axisZ;
        double cos = refX * x + refY * y + refZ * z;
        return orientationSign() * Math.toDegrees(Math.atan2(sin, cos));
    }

    /**
     * Provisional angle and rate for live displays, before the stretch is finished: the gyroscope
     * about the joint axis when both are known, otherwise the smoothed change of the angle; without
     * a gyroscope the angle shown is smoothed as well.
     */
    private void reportProgress(double t, double dt, double wx, double wy, double wz) {
        double angle = axisKnown ? signedAngleDeg(ux, uy, uz) : tiltDeg();
        double rate;
        double shown = angle;
        if (axisKnown && !Double.isNaN(wx)) {
            rate = -orientationSign() * Math.toDegrees(wx * axisX + wy * axisY + wz * axisZ);
        } else {
            double raw = dt > 0 && !Double.isNaN(progressAngle) ? (angle - progressAngle) / dt : 0;
            double k = dt / (PROGRESS_SMOOTHING_SECONDS + dt);
            progressRate += k * (raw - progressRate);
            rate = progressRate;
            if (Double.isNaN(wx)) {
                // The raw reading's direction jitters with noise and tremor; a display wants it calm.
                // From a rest it starts at the rest's angle, so the trace does not jump.
                double from = Double.isNaN(shownAngle) ? (axisKnown ? angleDeg : 0) : shownAngle;
                shownAngle = from + dt / (PROGRESS_ANGLE_SMOOTHING_SECONDS + dt) * (angle - from);
                shown = shownAngle;
            }
        }
        progressAngle = angle;
        listener.onProgress(t, shown, rate, false);
    }

    private double tiltDeg() {
        double len = Math.sqrt(ux * ux + uy * uy + uz * uz);
        double c = Math.max(-1, Math.min(1, (ux * refX + uy * refY + uz * refZ) / len));
        return Math.toDegrees(Math.acos(c));
    }

    private void anchor() {
        double[] m = stillness.windowMean();
        double norm = Math.sqrt(m[0] * m[0] + m[1] * m[1] + m[2] * m[2]);
        if (norm > 1e-6) {
            restX = m[0];
            restY = m[1];
            restZ = m[2];
            ux = m[0] / norm;
            uy = m[1] / norm;
            uz = m[2] / norm;
        }
    }

    private void propagate(double wx, double wy, double wz, double dt) {
        double nx = ux + (uy * wz - uz * wy) * dt;
        double ny = uy + (uz * wx - ux * wz) * dt;
        double nz = uz + (ux * wy - uy * wx) * dt;
        double norm = Math.sqrt(nx * nx + ny * ny + nz * nz);
        ux = nx / norm;
        uy = ny / norm;
        uz = nz / norm;
    }

    private void trackGyroBias(Sample s, double dt) {
        gyroBias.acceptResting(s, dt);
        biasX = gyroBias.x();
        biasY = gyroBias.y();
        biasZ = gyroBias.z();
        stillness.setGyroBias(biasX, biasY, biasZ);
    }

    private void handleGap(double from, double to) {
        gaps++;
        if (state == State.MOVING || state == State.SETTLING) {
            endSegment(false);
        }
        segment.clear();
        recent.clear();
        if (calibrated) {
            state = State.WAITING_FOR_REST;
        }
        listener.onGap(from, to);
    }

    @Override
    public void finish() {
        if (state == State.MOVING) {
            endSegment(false);
        } else if (state == State.SETTLING) {
            endSegment(true);
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
