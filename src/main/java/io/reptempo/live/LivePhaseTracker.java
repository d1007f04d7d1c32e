package io.reptempo.live;

import io.reptempo.engine.EngineListener;
import io.reptempo.phases.Direction;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.reps.Mount;
import io.reptempo.reps.PhaseKind;
import java.util.function.Consumer;

/**
 * Announces phases while the set runs, from the engine's provisional per-sample motion. The
 * engine's final phases wait for the next rest (drift is removed then); a lifter needs to hear
 * about a phase as it starts. Start times are dated back to where the movement began.
 */
public final class LivePhaseTracker implements EngineListener {
    /** Speed that counts as a movement having started: 4 cm/s or 8 deg/s, well above drift. */
    static final double START_SPEED_MPS = 0.04;
    static final double START_SPEED_DPS = 8.0;
    /** The onset is dated back to where the speed was this share of the start speed. */
    static final double ONSET_SHARE_OF_START = 0.15;
    /** A movement ends where its speed falls to this share of its peak (the engine's onset rule). */
    static final double END_SHARE_OF_PEAK = 0.05;
    /** Acceleration below which the load is not starting to move: 0.15 m/s^2 or 30 deg/s^2. */
    static final double QUIET_ACCEL_MPS2 = 0.15;
    static final double QUIET_ACCEL_DPS2 = 30.0;
    static final double ACCEL_SMOOTHING_SECONDS = 0.05;
    static final double BASELINE_SECONDS = 0.1;
    /** How fast the provisional velocity drifts at most: 2 cm/s per second, 4 deg/s per second. */
    static final double MAX_DRIFT_RATE_MPS2 = 0.02;
    static final double MAX_DRIFT_RATE_DPS2 = 4.0;
    /** After a movement ends, this long counts as settling. */
    static final double SETTLE_SECONDS = 0.3;
    static final double SETTLING_START_FACTOR = 3.0;
    /** The same way again this soon after a movement ended, with nothing started between, is that movement going on. */
    static final double SAME_MOVEMENT_SECONDS = 0.6;
    private static final int HISTORY = 512;

    /** A phase starting or ending, with the sample time it refers to and the newest sample's time. */
    public record PhaseEvent(boolean start, PhaseKind kind, Direction direction, double tS, double emittedTS) {
    }

    private final ExerciseProfile exercise;
    private final Consumer<PhaseEvent> sink;
    private final double startSpeed;
    private final double quietAccel;
    private final double maxDriftRate;
    private double baseline;
    private double smoothedAccel;
    private double lastRaw;
    private double settleUntil = Double.NEGATIVE_INFINITY;
    private final double[] times = new double[HISTORY];
    private final double[] speeds = new double[HISTORY];
    private int count;
    private Direction moving;
    private double peak;
    /** The movement that last ended, while it may still turn out to go on (no other has started). */
    private Direction lastEnded;
    /** The baseline that movement was measured from, and when it ended. */
    private double baselineAtEnd;
    private double endedAt = Double.NEGATIVE_INFINITY;
    private double lastT = Double.NaN;
    private double lastSpeed;

    public LivePhaseTracker(ExerciseProfile exercise, Consumer<PhaseEvent> sink) {
        this.exercise = exercise;
        this.sink = sink;
        boolean bar = exercise.mount() == Mount.BAR;
        this.startSpeed = bar ? START_SPEED_MPS : START_SPEED_DPS;
        this.quietAccel = bar ? QUIET_ACCEL_MPS2 : QUIET_ACCEL_DPS2;
        this.maxDriftRate = bar ? MAX_DRIFT_RATE_MPS2 : MAX_DRIFT_RATE_DPS2;
    }

    @Override
    public void onProgress(double t, double position, double velocity, boolean resting) {
        double raw = Double.isNaN(velocity) ? 0 : velocity;
        double dt = Double.isNaN(lastT) ? 0 : t - lastT;
        if (dt > 0) {
            double accel = (raw - lastRaw) / dt;
            smoothedAccel += dt / (ACCEL_SMOOTHING_SECONDS + dt) * (accel - smoothedAccel);
        }
        lastRaw = raw;
        // Between movements the provisional velocity drifts (it is corrected only at the next rest);
        // while nothing moves, that drift is the baseline to measure the next movement from.
        boolean settling = t < settleUntil;
        if (moving == null && (resting || settling || Math.abs(smoothedAccel) < quietAccel)) {
            double step = dt / (BASELINE_SECONDS + dt) * (raw - baseline);
            // Outside the settling time the baseline may only creep as fast as drift does, so that a
            // slow but real start (a 6 s lowering speeds up gently too) still shows as speed.
            double limit = settling ? Double.POSITIVE_INFINITY : maxDriftRate * dt;
            baseline = resting ? 0 : baseline + Math.max(-limit, Math.min(limit, step));
        }
        double v = raw - baseline;
        double speed = Math.abs(v);
        times[count % HISTORY] = t;
        speeds[count % HISTORY] = speed;
        count++;
        if (moving != null) {
            boolean reversed = Direction.ofSign(v) != moving && speed >= startSpeed;
            if (resting || speed <= END_SHARE_OF_PEAK * peak || reversed) {
                double end = crossing(END_SHARE_OF_PEAK * peak, t, speed);
                sink.accept(new PhaseEvent(false, kindOf(moving), moving, end, t));
                lastEnded = moving;
                baselineAtEnd = baseline;
                endedAt = t;
                moving = null;
                settleUntil = t + SETTLE_SECONDS;
                if (!reversed) {
                    remember(t, speed);
                    return;
                }
            } else {
                peak = Math.max(peak, speed);
            }
        }
        // Right after a movement the load is still settling and drift shows up as speed: only a
        // clear reversal (touch-and-go) starts a movement then.
        double needed = settling ? SETTLING_START_FACTOR * startSpeed : startSpeed;
        if (moving == null && !resting && speed >= needed) {
            moving = Direction.ofSign(v);
            if (moving == lastEnded && t - endedAt <= SAME_MOVEMENT_SECONDS) {
                // The same way again straight after: the movement only dipped (a rough
                // velocity, as without rests), so it goes on, measured from the baseline it had;
                // its end is told again when it comes.
                baseline = baselineAtEnd;
                peak = Math.max(peak, Math.abs(raw - baseline));
            } else {
                peak = speed;
                sink.accept(new PhaseEvent(true, kindOf(moving), moving, onset(), t));
            }
            lastEnded = null;
        }
        remember(t, speed);
    }

    private void remember(double t, double speed) {
        lastT = t;
        lastSpeed = speed;
    }

    /**
     * Where the speed last rose through a small share of the start speed, or, when drift keeps it
     * above that, where it last started rising.
     */
    private double onset() {
        double level = ONSET_SHARE_OF_START * startSpeed;
        int newest = count - 1;
        int oldest = Math.max(0, count - HISTORY);
        for (int i = newest; i > oldest; i--) {
            double s1 = speeds[i % HISTORY];
            double s0 = speeds[(i - 1) % HISTORY];
            if (s0 > s1) {
                return times[i % HISTORY];
            }
            if (s0 <= level && s1 > level) {
                double f = (level - s0) / (s1 - s0);
                return times[(i - 1) % HISTORY] + f * (times[i % HISTORY] - times[(i - 1) % HISTORY]);
            }
        }
        return times[oldest % HISTORY];
    }

    /** Time between the previous and this sample where the speed fell through the level. */
    private double crossing(double level, double t, double speed) {
        if (Double.isNaN(lastT) || lastSpeed <= speed) {
            return t;
        }
        double f = Math.max(0, Math.min(1, (lastSpeed - level) / (lastSpeed - speed)));
        return lastT + f * (t - lastT);
    }

    private PhaseKind kindOf(Direction d) {
        return d == exercise.concentric() ? PhaseKind.CONCENTRIC : PhaseKind.ECCENTRIC;
    }
}
