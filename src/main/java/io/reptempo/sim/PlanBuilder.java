package io.reptempo.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Appends holds and movements on a timeline and remembers what each movement means. Planners
 * drive it; sets can be appended one after another to build long streams.
 */
final class PlanBuilder {

    private final List<Movement> vertical = new ArrayList<>();
    private final List<Movement> horizontal = new ArrayList<>();
    private final List<PlannedMovement> planned = new ArrayList<>();
    private final List<PlannedRep> reps = new ArrayList<>();
    private final List<NonRepKind> nonReps = new ArrayList<>();
    private final List<TimeWindow> activeWindows = new ArrayList<>();
    private final double initialVertical;
    private double now;
    private double verticalPos;
    private double horizontalPos;
    private double verticalFreeAtS;
    private double horizontalFreeAtS;
    private int currentRep;
    private int currentSet = -1;
    private int currentNonRep = -1;
    private double activeStartS = Double.NaN;
    /** Horizontal bar travel per metre of vertical travel during reps (a straight-line stand-in for a J-curve). */
    private double pathRatio;

    PlanBuilder(double initialVertical) {
        this.initialVertical = initialVertical;
        this.verticalPos = initialVertical;
    }

    double now() {
        return now;
    }

    double height() {
        return verticalPos;
    }

    double horizontalPosition() {
        return horizontalPos;
    }

    int repCount() {
        return reps.size();
    }

    void setPathRatio(double horizontalPerVertical) {
        this.pathRatio = horizontalPerVertical;
    }

    /** Holds still (apart from tremor) for the given time. */
    void still(double seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("negative hold " + seconds);
        }
        now += seconds;
    }

    /** Moves the clock to when both channels have finished their movements. */
    void settle() {
        now = Math.max(now, Math.max(verticalFreeAtS, horizontalFreeAtS));
    }

    /** Appends a vertical movement starting now; the clock advances to its end. */
    Movement moveVertical(double delta, double durationS, Shape shape, MovementRole role) {
        Movement m = addVertical(now, delta, durationS, shape, role);
        now = m.endS();
        return m;
    }

    /**
     * Appends a rep movement starting now, with the horizontal path that goes with it; the clock
     * advances to its end.
     */
    Movement moveRep(double delta, double durationS, Shape shape, MovementRole role) {
        double start = now;
        Movement m = moveVertical(delta, durationS, shape, role);
        if (pathRatio != 0.0) {
            addHorizontal(start, -pathRatio * delta, durationS, shape, MovementRole.PATH);
        }
        return m;
    }

    /** Appends a vertical movement at a given start (not before the channel is free); the clock is untouched. */
    Movement addVertical(double startS, double delta, double durationS, Shape shape, MovementRole role) {
        if (startS < verticalFreeAtS - 1e-9) {
            throw new IllegalStateException("vertical movements overlap at " + startS);
        }
        Movement m = new Movement(startS, durationS, verticalPos, verticalPos + delta, shape);
        vertical.add(m);
        verticalPos = m.to();
        verticalFreeAtS = m.endS();
        record(m, true, role);
        return m;
    }

    /** Appends a horizontal movement at a given start; the clock is untouched. */
    Movement addHorizontal(double startS, double delta, double durationS, Shape shape, MovementRole role) {
        if (startS < horizontalFreeAtS - 1e-9) {
            throw new IllegalStateException("horizontal movements overlap at " + startS);
        }
        Movement m = new Movement(startS, durationS, horizontalPos, horizontalPos + delta, shape);
        horizontal.add(m);
        horizontalPos = m.to();
        horizontalFreeAtS = m.endS();
        record(m, false, role);
        return m;
    }

    private void record(Movement m, boolean isVertical, MovementRole role) {
        boolean repRole = role == MovementRole.ECCENTRIC || role == MovementRole.CONCENTRIC
                || role == MovementRole.SHORTENING;
        if (repRole && currentRep == 0) {
            throw new IllegalStateException(role + " movement outside a rep");
        }
        if (role == MovementRole.NON_REP && currentNonRep < 0) {
            throw new IllegalStateException("non-rep movement outside a non-rep");
        }
        planned.add(new PlannedMovement(m, isVertical, role, currentRep, currentNonRep));
    }

    /** Marks the start of another set in the stream (pauses are never measured across sets). */
    void beginSet() {
        currentSet++;
    }

    void beginRep(boolean partial) {
        if (currentRep != 0) {
            throw new IllegalStateException("rep already open");
        }
        currentRep = reps.size() + 1;
        reps.add(new PlannedRep(currentRep, Math.max(0, currentSet), partial));
    }

    void endRep() {
        currentRep = 0;
    }

    void beginNonRep(NonRepKind kind) {
        nonReps.add(kind);
        currentNonRep = nonReps.size() - 1;
    }

    void endNonRep() {
        currentNonRep = -1;
    }

    /** The lifter takes the load: tilt and tremor fade in from here. */
    void beginActive() {
        activeStartS = now;
    }

    /** The load is back at rest: tilt and tremor have faded out by here. */
    void endActive() {
        settle();
        activeWindows.add(new TimeWindow(activeStartS, now));
        activeStartS = Double.NaN;
    }

    SetPlan build(SetDescription description, double limbRadiusM) {
        settle();
        return new SetPlan(description, new MotionTrack(initialVertical, vertical),
                new MotionTrack(0.0, horizontal), List.copyOf(planned), List.copyOf(reps),
                List.copyOf(nonReps), List.copyOf(activeWindows), now, limbRadiusM);
    }
}
