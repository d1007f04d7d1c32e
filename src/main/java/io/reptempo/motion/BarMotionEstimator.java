package io.reptempo.motion;

import io.reptempo.sensor.Sample;
import io.reptempo.signal.GyroBiasEstimator;
import io.reptempo.signal.StillnessDetector;
import java.util.ArrayList;
import java.util.List;

/**
 * Vertical motion of a bar: projects the specific force on the gravity direction found at rest,
 * integrates to velocity and height, and removes drift with zero-velocity updates at every rest.
 *
 * <p>Each stretch of motion is measured twice. Online, with the last rest's gravity, to notice the
 * next rest (a bar turns little, and an uncorrected gyroscope bias would do more harm here); a slow steady lowering has almost no
 * acceleration, so "rest" needs both a quiet accelerometer and a small integrated velocity. Then,
 * once the bar rests again and gravity is known at both ends, the stretch is recomputed with the
 * gravity direction carried from one rest to the next (the gyroscope's bias corrected so that it
 * lands on the second rest), gravity's size following the tilt through a fit learnt from the rests
 * and from the stretches themselves (see {@link BiasRegression}), and the remaining velocity drift
 * is removed.
 */
public final class BarMotionEstimator implements MotionEstimator {
    /**
     * Re-integrated speed below which a quiet sensor is at rest. A quiet accelerometer shows where
     * gravity is even while the bar glides at constant speed, so the stretch is re-integrated with
     * gravity turned from the last rest to now; what is left is real speed, not drift.
     */
    static final double REST_SPEED_MPS = 0.045;
    /** A stretch that reached this speed holds a lift, not only a slow lowering. */
    static final double FAST_LIFT_MPS = 0.35;
    /**
     * The drift allowance of a stretch holding lifts applies at a rest that ends one: a lift stops
     * well within this. A slow lowering after a quick push back up keeps the strict limit.
     */
    static final double AFTER_FAST_LIFT_SECONDS = 2.0;
    /** Stretches shorter than this keep the plain rest speed. */
    static final double DRIFT_FREE_SECONDS = 3.0;
    /** Allowance added per second beyond that (about the drift of a 50 mg bias on a turning bar). */
    static final double REST_SPEED_GROWTH_MPS2 = 0.01;
    static final double MAX_REST_SPEED_MPS = 0.15;
    /** At a rest the speed has fallen to at most this share of the stretch's peak. */
    static final double REST_SHARE_OF_PEAK = 0.5;
    /** A stretch that never got faster than twice the rest speed may end after this long. */
    static final double FALSE_START_SECONDS = 1.5;
    /** Largest change of gravity's measured size between two rests (50 mg bias, 3 deg of turn). */
    static final double GRAVITY_CHANGE_LIMIT_MPS2 = 0.05;
    /** At a real rest the window's gravity holds steady within this; during a steady push it drifts. */
    static final double GRAVITY_STABILITY_MPS2 = 0.015;
    /**
     * A quiet window whose size is this close to the predicted gravity gives gravity's direction.
     * A vertical acceleration changes the size but not the direction, so the bound is as wide as a
     * rest's ({@link #GRAVITY_CHANGE_LIMIT_MPS2}): before the size fit has learnt the tilt, a
     * tighter one threw away the direction at every pause of a walk-out and left the stretch
     * with a stale one (squat-touch-and-go #47 at 20-200 Hz).
     */
    static final double KNOT_GRAVITY_TOLERANCE_MPS2 = GRAVITY_CHANGE_LIMIT_MPS2;
    /** Gravity moves slowly: one knot per this much time is plenty (and keeps the track small). */
    static final double KNOT_PERIOD_SECONDS = 0.05;
    /** A quiet window's mean describes gravity about this long before its newest sample. */
    static final double KNOT_DELAY_SECONDS = 0.18;
    /** The newest samples of a rest, not yet proven quiet, are kept out of its gravity. */
    static final double ANCHOR_GUARD_SECONDS = 0.3;
    /**
     * A turn of gravity's direction (rad) that explains a change of its measured size about as well as
     * time does: below it the size error is spread linearly in time, above it along the turn.
     */
    static final double TURN_PRIOR_RAD = 0.03;
    /** How often that re-integration runs while the sensor is quiet. */
    static final double VERIFY_PERIOD_SECONDS = 0.1;
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
     * is quiet while the bar still creeps, and this lets the deceleration finish. It also spans
     * more than one stillness window: the re-integrated speed carries that window's noise times
     * half the stretch, and one unlucky window must not stop a slow lowering halfway.
     */
    static final double REST_CONFIRM_SECONDS = 0.45;
    /** A sensor quiet this long is at rest whatever the integrated velocity says (drift guard). */
    static final double FORCED_REST_SECONDS = 12.0;

    private enum State { WAITING_FOR_REST, RESTING, MOVING }

    private final MotionListener listener;
    private final StillnessDetector stillness = new StillnessDetector();
    private final GyroBiasEstimator gyroBias = new GyroBiasEstimator();
    private final SampleHistory history = new SampleHistory(PROBE_SECONDS + ANCHOR_SECONDS + 0.1);
    private final List<Sample> moving = new ArrayList<>();
    private final GravityTrack track = new GravityTrack();
    private final BiasRegression biasRegression = new BiasRegression();
    private final double[] dir = new double[3];

    private State state = State.WAITING_FOR_REST;
    private boolean calibrated;
    private double ux, uy, uz; // unit "up" in the sensor frame, online estimate
    private double gravity;    // measured magnitude of specific force at rest (absorbs bias along up)
    private double startUx, startUy, startUz, startGravity; // gravity at the rest before the stretch
    private double biasX, biasY, biasZ;
    private double lastT = Double.NaN;
    private double lastAccel;
    private double velocity;
    private double height;
    private double provisionalHeight; // height integrated during a stretch, for live displays only
    private double stillSince = Double.NaN;
    private double restCandidateSince = Double.NaN;
    private double lastVerifyT = Double.NEGATIVE_INFINITY;
    private boolean verifiedSlow;
    private double peakSpeed;
    private double lastFastT = Double.NEGATIVE_INFINITY; // newest time the stretch moved as fast as a lift
    private double windowGravity;
    private int verifiedCount;          // samples whose share of the verification integral is final
    private double verifiedIntegral;
    private double verifiedPrevAccel;
    // The integral past the newest knot as the last verification left it (tailFrom -1: none).
    private int tailFrom = -1;
    private int tailTo;
    private double tailIntegral;
    private double tailPrevAccel;
    private double tailDx, tailDy, tailDz, tailGravity;
    // Integral over the verified samples of their direction minus the start's, and the newest such difference.
    private double turnX, turnY, turnZ, prevTurnX, prevTurnY, prevTurnZ;
    private double candidateGravity;
    private double restStart;
    private double lastAnchorT;
    private int probeStart;     // history index where the probe integration starts
    private double anchorSpan;  // time spanned by the samples the current gravity came from
    private int gaps;

    public BarMotionEstimator(MotionListener listener) {
        this.listener = listener;
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
        if (still) {
            if (Double.isNaN(stillSince)) {
                stillSince = t;
            }
        } else {
            stillSince = Double.NaN;
        }
        if (!calibrated) {
            if (still && t - stillSince >= StreamLimits.CALIBRATION_SECONDS) {
                anchorFromWindow();
                calibrated = true;
                beginRest(t);
                listener.onCalibrated(t);
            }
            return;
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
        moving.add(s);
        double accel = verticalAccel(s);
        double previousVelocity = velocity;
        velocity += 0.5 * (lastAccel + accel) * dt;
        lastAccel = accel;
        provisionalHeight += 0.5 * (velocity + previousVelocity) * dt;
        listener.onProgress(t, provisionalHeight, velocity, false);
        boolean quietLongEnough = still && t - Math.max(stillSince, moving.get(0).t()) >= FORCED_REST_SECONDS;
        if (still) {
            double[] m = stillness.windowMean();
            double size = Math.sqrt(m[0] * m[0] + m[1] * m[1] + m[2] * m[2]);
            // Only windows that feel gravity's size: a quiet but accelerating bar tilts the mean.
            if (track.size() == 0 || t - KNOT_DELAY_SECONDS - track.lastTime() >= KNOT_PERIOD_SECONDS) {
                double residual = size - startGravity
                        - biasRegression.sizeChange(startUx, startUy, startUz, m[0] / size, m[1] / size, m[2] / size);
                if (Math.abs(residual) < KNOT_GRAVITY_TOLERANCE_MPS2) {
                    track.add(t - KNOT_DELAY_SECONDS, m[0], m[1], m[2]);
                }
            }
            if (t - lastVerifyT >= VERIFY_PERIOD_SECONDS) {
                lastVerifyT = t;
                double v = Math.abs(velocityIfGravityIsNow());
                // Stopping takes a deceleration: a glide at a steady low speed is not a rest.
                // Drift grows with a stretch's length, so a long one that holds whole reps (a fast
                // lift) is allowed more speed at rest right after a lift; a slow lowering keeps the
                // strict limit.
                double stretchS = t - lastFastT <= AFTER_FAST_LIFT_SECONDS ? t - moving.get(0).t() : 0;
                double restSpeed = Math.min(MAX_REST_SPEED_MPS,
                        REST_SPEED_MPS + REST_SPEED_GROWTH_MPS2 * Math.max(0, stretchS - DRIFT_FREE_SECONDS));
                verifiedSlow = v < restSpeed && v < REST_SHARE_OF_PEAK * peakSpeed;
            }
        } else {
            verifiedSlow = false;
        }
        peakSpeed = Math.max(peakSpeed, Math.abs(velocity));
        if (Math.abs(velocity) >= FAST_LIFT_MPS) {
            lastFastT = t;
        }
        // A gentle start is quiet and slow too: a rest needs a movement before it, or a long wait.
        boolean movedBefore = peakSpeed >= 2 * REST_SPEED_MPS || t - moving.get(0).t() >= FALSE_START_SECONDS;
        // A steady vertical push also reads as a changed gravity: at a real rest gravity's size
        // differs from the last rest's only by what sensor bias makes of a slightly turned bar.
        boolean gravityPlausible = Math.abs(windowGravity - startGravity) < GRAVITY_CHANGE_LIMIT_MPS2;
        if (still && verifiedSlow && movedBefore && gravityPlausible) {
            if (Double.isNaN(restCandidateSince)
                    || Math.abs(windowGravity - candidateGravity) > GRAVITY_STABILITY_MPS2) {
                restCandidateSince = t;
                candidateGravity = windowGravity;
            }
        } else {
            restCandidateSince = Double.NaN;
        }
        boolean restConfirmed = !Double.isNaN(restCandidateSince) && t - restCandidateSince >= REST_CONFIRM_SECONDS;
        if (restConfirmed || quietLongEnough) {
            endAtRest(t);
        } else if (t - moving.get(0).t() > StreamLimits.MAX_SEGMENT_SECONDS) {
            endSegment(false);
            state = State.WAITING_FOR_REST;
        }
    }

    /**
     * Ends the stretch where the rest began rather than where it was confirmed: the quiet samples
     * since then give gravity for the rest and become its history, so a movement that starts right
     * after the confirmation still has its onset and a clean gravity.
     */
    private void endAtRest(double t) {
        double restFrom = (Double.isNaN(restCandidateSince) ? t : restCandidateSince)
                - StillnessDetector.DEFAULT_WINDOW_SECONDS / 2;
        int n = moving.size();
        int k = 2;
        while (k < n - 1 && moving.get(k).t() < restFrom) {
            k++;
        }
        List<Sample> quiet = new ArrayList<>(moving.subList(k, n));
        // Gravity from the quiet samples, leaving out the newest: a movement may already be starting.
        int settled = 0;
        while (settled < quiet.size() && quiet.get(settled).t() <= t - ANCHOR_GUARD_SECONDS) {
            settled++;
        }
        List<Sample> anchorSamples = settled >= 3 ? quiet.subList(0, settled) : quiet;
        double[] m = meanAccel(anchorSamples);
        anchorSpan = anchorSamples.get(anchorSamples.size() - 1).t() - anchorSamples.get(0).t();
        setAnchor(m, anchorSpan);
        moving.subList(k, n).clear();
        track.dropAfter(moving.get(k - 1).t());
        track.add(moving.get(k - 1).t(), ux, uy, uz);
        endSegment(true);
        beginRest(t);
        quiet.forEach(history::add);
        restStart = quiet.get(0).t();
    }

    private static double[] meanAccel(List<Sample> samples) {
        double x = 0;
        double y = 0;
        double z = 0;
        for (Sample s : samples) {
            x += s.ax();
            y += s.ay();
            z += s.az();
        }
        int n = samples.size();
        return new double[] {x / n, y / n, z / n};
    }

    private double verticalAccel(Sample s) {
        return s.ax() * ux + s.ay() * uy + s.az() * uz - gravity;
    }

    private void beginRest(double t) {
        state = State.RESTING;
        restCandidateSince = Double.NaN;
        verifiedSlow = false;
        lastVerifyT = Double.NEGATIVE_INFINITY;
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
            // Each re-anchoring adds one period of samples the earlier ones did not have.
            setAnchor(m, REANCHOR_PERIOD_SECONDS);
            anchorSpan = ANCHOR_SECONDS;
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

    /**
     * A rest too short to have been re-anchored: its gravity came from the few samples settled when
     * it was confirmed. Everything older than the probe is rest too, so gravity is measured again
     * from all of it, and the stretch starts where the probe does.
     */
    private void anchorFromLeadingRest() {
        double now = history.get(history.size() - 1).t();
        int split = history.firstAtOrAfter(now - PROBE_SECONDS);
        if (split < 3 || history.get(split - 1).t() - history.get(0).t() < anchorSpan) {
            return;
        }
        anchorSpan = history.get(split - 1).t() - history.get(0).t();
        setAnchor(history.meanAccel(0, split), anchorSpan);
        probeStart = split;
    }

    /**
     * Velocity at the newest sample if gravity turned steadily from the last rest's to the current
     * window's. A steady acceleration is quiet too and would pass for gravity, so callers also ask
     * that the window's gravity stays put for a while.
     */
    private double velocityIfGravityIsNow() {
        double[] m = stillness.windowMean();
        double endGravity = Math.sqrt(m[0] * m[0] + m[1] * m[1] + m[2] * m[2]);
        windowGravity = endGravity;
        int n = moving.size();
        double t0 = moving.get(0).t();
        double span = Math.max(moving.get(n - 1).t() - t0, 1e-9);
        double residual = endGravity - startGravity - biasRegression.sizeChange(startUx, startUy, startUz,
                m[0] / endGravity, m[1] / endGravity, m[2] / endGravity);
        // Up to the newest knot the directions are final: integrate those samples once and keep the sum.
        double lastKnot = track.lastTime();
        track.seek(moving.get(verifiedCount == 0 ? 0 : verifiedCount - 1).t());
        while (verifiedCount < n && moving.get(verifiedCount).t() <= lastKnot) {
            double a = accelBeforeResidual(moving.get(verifiedCount));
            double tx = dir[0] - startUx;
            double ty = dir[1] - startUy;
            double tz = dir[2] - startUz;
            if (verifiedCount > 0) {
                double h = 0.5 * (moving.get(verifiedCount).t() - moving.get(verifiedCount - 1).t());
                verifiedIntegral += (verifiedPrevAccel + a) * h;
                turnX += (prevTurnX + tx) * h;
                turnY += (prevTurnY + ty) * h;
                turnZ += (prevTurnZ + tz) * h;
            }
            prevTurnX = tx;
            prevTurnY = ty;
            prevTurnZ = tz;
            verifiedPrevAccel = a;
            verifiedCount++;
        }
        double v = verifiedIntegral;
        double prevA = verifiedPrevAccel;
        if (verifiedCount < n) {
            // Past the newest knot the track holds its last direction, so gravity there is one vector.
            track.directionAt(moving.get(verifiedCount).t(), dir);
            double dx = dir[0];
            double dy = dir[1];
            double dz = dir[2];
            double g = startGravity + biasRegression.sizeChange(startUx, startUy, startUz, dx, dy, dz);
            int from = verifiedCount;
            // Until a knot arrives the tail only grows: the same additions in the same order, so the
            // last call's sum is carried on rather than redone (a long quiet lowering has no knots).
            if (tailFrom == verifiedCount && same(dx, tailDx) && same(dy, tailDy) && same(dz, tailDz)
                    && same(g, tailGravity)) {
                from = tailTo;
                v = tailIntegral;
                prevA = tailPrevAccel;
            }
            for (int i = from; i < n; i++) {
                Sample s = moving.get(i);
                double a = s.ax() * dx + s.ay() * dy + s.az() * dz - g;
                if (i > 0) {
                    v += 0.5 * (prevA + a) * (s.t() - moving.get(i - 1).t());
                }
                prevA = a;
            }
            tailFrom = verifiedCount;
            tailTo = n;
            tailIntegral = v;
            tailPrevAccel = prevA;
            tailDx = dx;
            tailDy = dy;
            tailDz = dz;
            tailGravity = g;
        }
        double ix = turnX;
        double iy = turnY;
        double iz = turnZ;
        if (verifiedCount < n) {
            // Past the newest knot the direction is the tail's one.
            double tx = tailDx - startUx;
            double ty = tailDy - startUy;
            double tz = tailDz - startUz;
            double from = moving.get(Math.max(verifiedCount - 1, 0)).t();
            double len = moving.get(n - 1).t() - from;
            if (verifiedCount == 0) {
                ix += tx * len;
                iy += ty * len;
                iz += tz * len;
            } else {
                double first = moving.get(verifiedCount).t() - from;
                ix += 0.5 * (prevTurnX + tx) * first + tx * (len - first);
                iy += 0.5 * (prevTurnY + ty) * first + ty * (len - first);
                iz += 0.5 * (prevTurnZ + tz) * first + tz * (len - first);
            }
        }
        // The size error left over by the fit depends on the direction alone: take it as growing along
        // the turn from the start's direction to the window's, and so spread its integral over the
        // stretch by how far each sample had turned that way. A small turn cannot explain it, so it
        // then grows linearly in time instead (the prior's weight); never beyond the end's value.
        double ax = m[0] / endGravity - startUx;
        double ay = m[1] / endGravity - startUy;
        double az = m[2] / endGravity - startUz;
        double prior = TURN_PRIOR_RAD * TURN_PRIOR_RAD;
        double exposure = ((ix * ax + iy * ay + iz * az) + prior * span / 2) / (ax * ax + ay * ay + az * az + prior);
        return v - residual * Math.max(0, Math.min(span, exposure));
    }

    private static boolean same(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }

    /** Vertical acceleration with gravity's direction from the track and its size from the fit. */
    private double accelBeforeResidual(Sample s) {
        track.directionAt(s.t(), dir);
        double g = startGravity + biasRegression.sizeChange(startUx, startUy, startUz, dir[0], dir[1], dir[2]);
        return s.ax() * dir[0] + s.ay() * dir[1] + s.az() * dir[2] - g;
    }

    /** Moves the probe samples into the new stretch so the movement's onset is kept. */
    private void startMoving() {
        if (probeStart == 0) {
            anchorFromLeadingRest();
        }
        startUx = ux;
        startUy = uy;
        startUz = uz;
        startGravity = gravity;
        int from = Math.min(probeStart, history.size() - 1);
        track.clear();
        track.add(history.get(from).t(), ux, uy, uz);
        verifiedCount = 0;
        verifiedIntegral = 0;
        verifiedPrevAccel = 0;
        turnX = turnY = turnZ = prevTurnX = prevTurnY = prevTurnZ = 0;
        tailFrom = -1;
        moving.clear();
        velocity = 0;
        lastAccel = verticalAccel(history.get(from));
        moving.add(history.get(from));
        for (int i = from + 1; i < history.size(); i++) {
            Sample s = history.get(i);
            double dt = s.t() - history.get(i - 1).t();
            double a = verticalAccel(s);
            velocity += 0.5 * (lastAccel + a) * dt;
            lastAccel = a;
            moving.add(s);
        }
        history.clear();
        provisionalHeight = height;
        peakSpeed = Math.abs(velocity);
        lastFastT = Double.NEGATIVE_INFINITY;
        state = State.MOVING;
        gyroBias.motionStarted();
    }

    /**
     * Recomputes the stretch with gravity carried from the rest before to the rest after (when it
     * ended at a rest), removes the velocity drift and hands it on.
     */
    private void endSegment(boolean endedByRest) {
        int n = moving.size();
        if (n < 2) {
            moving.clear();
            return;
        }
        double[] t = new double[n];
        double[] pos = new double[n];
        double[] vel = new double[n];
        double[] up = new double[3 * n];
        double[] acc = new double[n];
        boolean gyro = moving.get(0).hasGyro();
        if (gyro) {
            carryUpWithGyro(up, endedByRest);
        } else {
            carryUpLinearly(up, endedByRest);
        }
        double t0 = moving.get(0).t();
        double span = Math.max(moving.get(n - 1).t() - t0, 1e-9);
        if (endedByRest) {
            learnFromStretch(up, span);
        }
        // Gravity's size follows the tilt through the fit. The size measured at the next rest is not
        // used on its own: a constant error goes with the drift below, and the few samples a rest
        // has when it is confirmed are too noisy to tell a trend over the stretch.
        double prevA = 0;
        for (int i = 0; i < n; i++) {
            Sample s = moving.get(i);
            t[i] = s.t();
            double g = startGravity + sizeChange(up, 0, i);
            double a = s.ax() * up[3 * i] + s.ay() * up[3 * i + 1] + s.az() * up[3 * i + 2] - g;
            vel[i] = i == 0 ? 0 : vel[i - 1] + 0.5 * (prevA + a) * (t[i] - t[i - 1]);
            acc[i] = a;
            prevA = a;
        }
        double drift = vel[n - 1];
        for (int i = 0; i < n; i++) {
            vel[i] -= drift * (t[i] - t0) / span;
        }
        DwellCorrection.apply(t, vel, acc, endedByRest);
        pos[0] = height;
        for (int i = 1; i < n; i++) {
            pos[i] = pos[i - 1] + 0.5 * (vel[i] + vel[i - 1]) * (t[i] - t[i - 1]);
        }
        height = pos[n - 1];
        velocity = 0;
        moving.clear();
        listener.onSegment(new MotionSegment(t, pos, vel, endedByRest));
    }

    /**
     * A stretch from rest to rest gains no velocity: its mean vertical specific force is the mean
     * size of gravity along the directions it went through, one more measurement for the fit.
     */
    private void learnFromStretch(double[] up, double span) {
        int n = moving.size();
        double force = 0;
        double wx = 0;
        double wy = 0;
        double wz = 0;
        double prevF = 0;
        for (int i = 0; i < n; i++) {
            Sample s = moving.get(i);
            double f = s.ax() * up[3 * i] + s.ay() * up[3 * i + 1] + s.az() * up[3 * i + 2];
            if (i > 0) {
                double dt = s.t() - moving.get(i - 1).t();
                force += 0.5 * (prevF + f) * dt;
                wx += 0.5 * (up[3 * i - 3] + up[3 * i]) * dt;
                wy += 0.5 * (up[3 * i - 2] + up[3 * i + 1]) * dt;
                wz += 0.5 * (up[3 * i - 1] + up[3 * i + 2]) * dt;
            }
            prevF = f;
        }
        biasRegression.add(wx / span, wy / span, wz / span, force / span, span);
    }

    /** Predicted change of gravity's size between the directions at samples i and j of {@code up}. */
    private double sizeChange(double[] up, int i, int j) {
        return biasRegression.sizeChange(up[3 * i], up[3 * i + 1], up[3 * i + 2], up[3 * j], up[3 * j + 1],
                up[3 * j + 2]);
    }

    /** No gyroscope: gravity's direction follows the knots of the track (rests and quiet moments). */
    private void carryUpLinearly(double[] up, boolean endedByRest) {
        track.rewind();
        for (int i = 0; i < moving.size(); i++) {
            track.directionAt(moving.get(i).t(), dir);
            up[3 * i] = dir[0];
            up[3 * i + 1] = dir[1];
            up[3 * i + 2] = dir[2];
        }
    }

    /**
     * With a gyroscope: between two knots, turn gravity with the gyroscope from the first knot, then
     * spread the miss at the second knot linearly over the interval (a bias error grows linearly).
     */
    private void carryUpWithGyro(double[] up, boolean endedByRest) {
        int n = moving.size();
        double[] knot = new double[3];
        double[] landing = new double[3];
        track.rewind();
        int i = 0;
        while (i < n) {
            double segStart = moving.get(i).t();
            track.directionAt(segStart, knot);
            double x = knot[0];
            double y = knot[1];
            double z = knot[2];
            int first = i;
            double nextKnot = track.nextKnotAfter(segStart);
            up[3 * i] = x;
            up[3 * i + 1] = y;
            up[3 * i + 2] = z;
            i++;
            while (i < n && moving.get(i).t() <= nextKnot) {
                Sample s = moving.get(i);
                double dt = s.t() - moving.get(i - 1).t();
                double wx = s.gx() - biasX, wy = s.gy() - biasY, wz = s.gz() - biasZ;
                double nx = x + (y * wz - z * wy) * dt;
                double ny = y + (z * wx - x * wz) * dt;
                double nz = z + (x * wy - y * wx) * dt;
                // One Newton step toward unit length: the step is tiny, so no square root is needed.
                double k = 1.5 - 0.5 * (nx * nx + ny * ny + nz * nz);
                x = nx * k;
                y = ny * k;
                z = nz * k;
                up[3 * i] = x;
                up[3 * i + 1] = y;
                up[3 * i + 2] = z;
                i++;
            }
            if (Double.isInfinite(nextKnot) || i - 1 <= first) {
                continue;
            }
            track.directionAt(moving.get(i - 1).t(), landing);
            double dx = landing[0] - x;
            double dy = landing[1] - y;
            double dz = landing[2] - z;
            double t0 = moving.get(first).t();
            double span = Math.max(moving.get(i - 1).t() - t0, 1e-9);
            for (int j = first; j < i; j++) {
                double f = (moving.get(j).t() - t0) / span;
                double px = up[3 * j] + dx * f;
                double py = up[3 * j + 1] + dy * f;
                double pz = up[3 * j + 2] + dz * f;
                double norm = Math.sqrt(px * px + py * py + pz * pz);
                up[3 * j] = px / norm;
                up[3 * j + 1] = py / norm;
                up[3 * j + 2] = pz / norm;
            }
        }
    }

    private void handleGap(double from, double to) {
        gaps++;
        if (state == State.MOVING && moving.size() > 1) {
            endSegment(false);
        }
        moving.clear();
        history.clear();
        velocity = 0;
        if (calibrated) {
            state = State.WAITING_FOR_REST;
        }
        listener.onGap(from, to);
    }

    private void anchorFromWindow() {
        anchorSpan = StillnessDetector.DEFAULT_WINDOW_SECONDS;
        setAnchor(stillness.windowMean(), anchorSpan);
    }

    private void setAnchor(double[] m, double seconds) {
        double norm = Math.sqrt(m[0] * m[0] + m[1] * m[1] + m[2] * m[2]);
        if (norm < 1e-6) {
            return;
        }
        ux = m[0] / norm;
        uy = m[1] / norm;
        uz = m[2] / norm;
        gravity = norm;
        biasRegression.add(ux, uy, uz, norm, seconds);
    }

    private void trackGyroBias(Sample s, double dt) {
        gyroBias.acceptResting(s, dt);
        biasX = gyroBias.x();
        biasY = gyroBias.y();
        biasZ = gyroBias.z();
        stillness.setGyroBias(biasX, biasY, biasZ);
    }

    @Override
    public void finish() {
        if (state == State.MOVING && moving.size() > 1) {
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
