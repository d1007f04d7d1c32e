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
 * <p>Without a gyroscope the accelerometer also feels centripetal and tangential acceleration;
 * the angle is smoothed forward and backward within each movement so that smoothing adds no delay.
 */
public final class LimbMotionEstimator implements MotionEstimator {
    static final double LOOKBACK_SECONDS = 0.6;
    /** Smoothing of the provisional accelerometer-only rate shown live. */
    static final double PROGRESS_SMOOTHING_SECONDS = 0.05;
    /** Share of the gap to gravity's angle closed at each rest when a gyroscope carries the angle. */
    static final double GRAVITY_PULL = 0.1;
    /** Accelerometer only: a rest must last this long before it ends a stretch. */
    static final double REST_CONFIRM_SECONDS = Double.parseDouble(System.getProperty("confirm", "0.2"));
    /** A steady stop inside a stretch: 0.15 s whose halves agree to 0.05 m/s^2 (about 4 deg/s)... */
    static final double INNER_STOP_HALF_SECONDS = 0.075;
    static final double INNER_STOP_CHANGE_MPS2 = Double.parseDouble(System.getProperty("innerd", "0.05"));
    /** ...reading gravity's size to within what the bias can change (a swing can hold a reading steady for a moment)... */
    static final double INNER_STOP_SIZE_MPS2 = 0.7;
    /** ...at least this far from the stretch's rests. */
    static final double INNER_STOP_MIN_APART_DEG = 30;
    /** Tail of a stretch ended by a rest that is certainly still (the detector's window is 0.3 s). */
    static final double REST_TAIL_SECONDS = Double.parseDouble(System.getProperty("tail", "0.2"));
    /** A rotation this large is clear enough to define the joint axis. */
    static final double AXIS_MIN_TILT_DEG = 10.0;

    private enum State { WAITING_FOR_REST, RESTING, MOVING, SETTLING }

    private final MotionListener listener;
    private final Direction firstDirection;
    private final StillnessDetector stillness = new StillnessDetector();
    private final GyroBiasEstimator gyroBias = new GyroBiasEstimator();
    private final LimbSegmentBuffer segment = new LimbSegmentBuffer();
    private final LimbSegmentBuffer recent = new LimbSegmentBuffer();
    private final SwingAngleSmoother swing = new SwingAngleSmoother();
    private final RestBiasFit restBias = new RestBiasFit();

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
                // Accelerometer only: the end of a lowering can swing like a free pendulum, which
                // an accelerometer cannot tell from rest; a rest counts once it has lasted.
                segment.add(t, ux, uy, uz, wx, wy, wz);
                reportProgress(t, dt, wx, wy, wz);
                if (!still) {
                    state = State.MOVING;
                } else {
                    anchor();
                    if (t - settlingSince >= REST_CONFIRM_SECONDS) {
                        endSegment(true);
                        state = State.RESTING;
                    }
                }
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
        boolean firstAxis = !axisKnown;
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
            swingAngles(t, angle, rate, firstAxis, endedByRest);
        }
        angleDeg = angle[n - 1];
        continuousAngleKnown = gyro && endedByRest;
        segment.clear();
        listener.onSegment(new MotionSegment(t, angle, rate, endedByRest));
    }

    /**
     * Accelerometer only: the angle from the reading in the plane of rotation, allowing for the
     * swing's own acceleration (see {@link SwingAngleSmoother}). When this stretch defined the axis,
     * its sign is set from the smoothed angle, whose largest excursion is the first movement.
     */
    private void swingAngles(double[] t, double[] angle, double[] rate, boolean firstAxis, boolean endedByRest) {
        int n = t.length;
        double d = refX * axisX + refY * axisY + refZ * axisZ;
        double e1x = refX - d * axisX;
        double e1y = refY - d * axisY;
        double e1z = refZ - d * axisZ;
        double norm = Math.sqrt(e1x * e1x + e1y * e1y + e1z * e1z);
        e1x /= norm;
        e1y /= norm;
        e1z /= norm;
        double e2x = axisY * e1z - axisZ * e1y;
        double e2y = axisZ * e1x - axisX * e1z;
        double e2z = axisX * e1y - axisY * e1x;
        double[] mx = new double[n];
        double[] my = new double[n];
        for (int i = 0; i < n; i++) {
            mx[i] = segment.ux[i] * e1x + segment.uy[i] * e1y + segment.uz[i] * e1z;
            my[i] = segment.ux[i] * e2x + segment.uy[i] * e2y + segment.uz[i] * e2z;
        }
        double sx = startX * e1x + startY * e1y + startZ * e1z;
        double sy = startX * e2x + startY * e2y + startZ * e2z;
        if (firstAxis) {
            restBias.addRest(sx, sy);
        }
        double ex = restX * e1x + restY * e1y + restZ * e1z;
        double ey = restX * e2x + restY * e2y + restZ * e2z;
        if (endedByRest) {
            restBias.addRest(ex, ey);
        }
        RestBiasFit stretchBias = restBias.copy();
        addInnerStops(stretchBias, t, mx, my, Math.atan2(sy, sx), endedByRest ? Math.atan2(ey, ex) : Double.NaN);
        // Gravity has one size at every rest; the accelerometer's bias changes the size it reads,
        // which the swing model would otherwise take for centripetal acceleration.
        double[] fit = stretchBias.solve();
        if (System.getenv("LEVER_DEBUG") != null) {
            System.out.printf(java.util.Locale.ROOT, "R start %.3f %.3f |3d| %.3f rest %.3f %.3f %.3f fit %.3f %.3f %.3f%n", sx, sy, Math.sqrt(startX * startX + startY * startY + startZ * startZ), restX, restY, restZ, fit[0], fit[1], fit[2]);
        }
        double bx = fit[0];
        double by = fit[1];
        for (int i = 0; i < n; i++) {
            mx[i] -= bx;
            my[i] -= by;
        }
        double gravity = fit[2];
        double start = Math.atan2(sy - by, sx - bx);
        // The detector calls a rest once its whole window is still; the last part of it surely is.
        double stillFrom = endedByRest ? settlingSince - REST_TAIL_SECONDS : Double.POSITIVE_INFINITY;
        // It calls motion as soon as its window stirs; the movement may have begun a window earlier.
        double stillUntil = movingSince - StillnessDetector.DEFAULT_WINDOW_SECONDS;
        swing.smooth(t, mx, my, n, gravity, start, stillUntil, stillFrom, angle, rate);
        double sign = orientationSign();
        if (firstAxis) {
            double far = 0;
            for (int i = 0; i < n; i++) {
                if (Math.abs(angle[i] - start) > Math.abs(far)) {
                    far = angle[i] - start;
                }
            }
            if (far < 0) {
                // The axis was learnt from a reading bent by the swing: turn it round.
                axisX = -axisX;
                axisY = -axisY;
                axisZ = -axisZ;
                swing.mirror();
                restBias.mirror();
                sign = -sign;
            }
        }
        for (int i = 0; i < n; i++) {
            angle[i] = sign * Math.toDegrees(angle[i]);
            rate[i] = sign * Math.toDegrees(rate[i]);
        }
    }

    /**
     * A stretch that starts and ends in one place shows no chord between its rests, yet the bias
     * matters at its far end; a steady stop there (the top of a curl held too briefly to count as
     * a rest) stands in for a rest, for this stretch only. Stops near either rest are left out: a
     * lowering can end like a free pendulum, whose steady reading is not gravity's alone.
     */
    private static void addInnerStops(RestBiasFit fit, double[] t, double[] mx, double[] my, double startAngle,
                                      double endAngle) {
        double gravity = fit.solve()[2];
        int n = t.length;
        boolean[] steady = new boolean[n];
        SteadyReadings.mark(t, mx, my, n, INNER_STOP_HALF_SECONDS, INNER_STOP_CHANGE_MPS2,
                0, Double.POSITIVE_INFINITY, steady);
        int k = 0;
        while (k < n) {
            if (!steady[k]) {
                k++;
                continue;
            }
            int end = k;
            while (end + 1 < n && steady[end + 1]) {
                end++;
            }
            double from = t[k] - 2 * INNER_STOP_HALF_SECONDS;
            double sx = 0;
            double sy = 0;
            int count = 0;
            for (int i = k; i >= 0 && t[i] >= from; i--) {
                sx += mx[i];
                sy += my[i];
                count++;
            }
            for (int i = k + 1; i <= end; i++) {
                sx += mx[i];
                sy += my[i];
                count++;
            }
            double a = Math.atan2(sy, sx);
            boolean gravityAlone = Math.abs(Math.hypot(sx, sy) / count - gravity) < INNER_STOP_SIZE_MPS2;
            if (gravityAlone && farFrom(a, startAngle) && (Double.isNaN(endAngle) || farFrom(a, endAngle))) {
                fit.addRest(sx / count, sy / count);
            }
            k = end + 1;
        }
    }

    private static boolean farFrom(double a, double b) {
        double d = Math.abs(Math.IEEEremainder(a - b, 2 * Math.PI));
        return d > Math.toRadians(INNER_STOP_MIN_APART_DEG);
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
     * about the joint axis when both are known, otherwise the smoothed change of the angle.
     */
    private void reportProgress(double t, double dt, double wx, double wy, double wz) {
        double angle = axisKnown ? signedAngleDeg(ux, uy, uz) : tiltDeg();
        double rate;
        if (axisKnown && !Double.isNaN(wx)) {
            rate = -orientationSign() * Math.toDegrees(wx * axisX + wy * axisY + wz * axisZ);
        } else {
            double raw = dt > 0 && !Double.isNaN(progressAngle) ? (angle - progressAngle) / dt : 0;
            double k = dt / (PROGRESS_SMOOTHING_SECONDS + dt);
            progressRate += k * (raw - progressRate);
            rate = progressRate;
        }
        progressAngle = angle;
        listener.onProgress(t, angle, rate, false);
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
