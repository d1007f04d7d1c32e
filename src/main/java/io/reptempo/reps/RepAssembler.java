package io.reptempo.reps;

import io.reptempo.phases.Direction;
import io.reptempo.phases.Movement;
import io.reptempo.phases.MovementListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Groups movements into rep candidates: a stroke out in the exercise's first direction and a
 * stroke back. A small movement back that is followed by more movement out past the deepest point
 * so far is a reversal inside the first stroke (for a lowering: a push back up, flagged later);
 * a return that comes most of the way back home completes the rep.
 */
public final class RepAssembler implements MovementListener {
    /** The return has come home when it has undone this share of the first stroke and the bar rested. */
    public static final double HOME_FRACTION = 0.7;
    /**
     * For a bar, without a rest at the top the return must have undone this much: a push back up
     * inside a lowering gives back up to 80 % of what was lowered before it, and the lowering then
     * goes on.
     */
    public static final double BAR_FULL_HOME_FRACTION = 0.9;
    /** A return that undid this share of the first stroke and then rested completes the rep at the rest. */
    static final double REST_COMPLETES_FRACTION = 0.9;
    /** Going out again reaches "past the deepest point" within this share of the depth. */
    static final double DEPTH_TOLERANCE_FRACTION = 0.05;

    /** A pause this long between movements separates fidgeting from a rep. */
    static final double RESTART_PAUSE_SECONDS = 0.3;

    private enum State { IDLE, FIRST, SECOND, SECOND_THEN_OUT }

    private final Direction out;
    private final double minMovement;
    private final double minRepRange;
    private final double fullHomeFraction;
    private double lastEnd = -1;
    private boolean restedSinceLastMovement;
    private final Consumer<RepCandidate> sink;

    private State state = State.IDLE;
    private double home;
    private double deepest; // largest excursion along "out" from home so far
    private final List<Movement> first = new ArrayList<>();
    private final List<Movement> second = new ArrayList<>();
    private final List<Movement> reversalsInFirst = new ArrayList<>();
    private final List<Movement> reversalsInSecond = new ArrayList<>();
    private final List<Movement> pendingOut = new ArrayList<>();

    /**
     * @param out         direction of a rep's first stroke
     * @param minMovement movements shorter than this (m or deg) are fidgeting, not phases
     * @param minRepRange a first stroke shorter than this is not yet a rep's
     */
    public RepAssembler(Direction out, double minMovement, double minRepRange, Consumer<RepCandidate> sink) {
        this(out, minMovement, minRepRange, HOME_FRACTION, sink);
    }

    /**
     * @param fullHomeFraction a return that undid this share of the first stroke ends the rep even
     *                         without a rest at the top ({@link #HOME_FRACTION} to need no rest)
     */
    public RepAssembler(Direction out, double minMovement, double minRepRange, double fullHomeFraction,
                        Consumer<RepCandidate> sink) {
        this.out = out;
        this.minMovement = minMovement;
        this.minRepRange = minRepRange;
        this.fullHomeFraction = fullHomeFraction;
        this.sink = sink;
    }

    @Override
    public void onMovement(Movement m) {
        if (m.distance() < minMovement) {
            return;
        }
        boolean rested = restedSinceLastMovement;
        restedSinceLastMovement = false;
        boolean goingOut = m.direction() == out;
        boolean afterPause = lastEnd >= 0 && m.startS() - lastEnd >= RESTART_PAUSE_SECONDS;
        lastEnd = m.endS();
        if (afterPause && state != State.IDLE && goingOut && deepest < minRepRange) {
            // Shuffling before the set (walking out, settling): the rep starts now.
            startRep(m);
            return;
        }
        if (afterPause && state == State.SECOND && !goingOut && returnedShare() >= HOME_FRACTION) {
            // Back home and moving again after a pause: re-racking or settling, not more of this rep.
            complete();
            return;
        }
        switch (state) {
            case IDLE -> {
                if (goingOut) {
                    startRep(m);
                }
            }
            case FIRST -> {
                if (goingOut) {
                    first.add(m);
                    deepest = Math.max(deepest, depth(m.endPosition()));
                } else {
                    second.add(m);
                    state = State.SECOND;
                }
            }
            case SECOND -> {
                if (!goingOut) {
                    second.add(m);
                } else if (returnedShareBefore(m) >= fullHomeFraction || rested && returnedShareBefore(m) >= HOME_FRACTION) {
                    complete();
                    startRep(m);
                } else {
                    pendingOut.add(m);
                    state = State.SECOND_THEN_OUT;
                    resolveIfPastDeepest();
                }
            }
            case SECOND_THEN_OUT -> {
                if (goingOut) {
                    pendingOut.add(m);
                    resolveIfPastDeepest();
                } else {
                    // The short trip out was a dip inside the return; the return goes on.
                    reversalsInSecond.addAll(pendingOut);
                    pendingOut.clear();
                    second.add(m);
                    state = State.SECOND;
                }
            }
        }
    }

    @Override
    public void onRest(double sinceS, double nowS) {
        restedSinceLastMovement = true;
        if (state == State.SECOND && returnedShare() >= REST_COMPLETES_FRACTION) {
            // Home and still: the rep is done now, not when the next one starts (live feedback
            // waits for this). Whatever moves back after the rest is re-racking, as before.
            complete();
        }
    }

    /** When the lifter went deeper than before, the movements back were inside the first stroke. */
    private void resolveIfPastDeepest() {
        double reached = depth(pendingOut.get(pendingOut.size() - 1).endPosition());
        if (reached >= deepest * (1 - DEPTH_TOLERANCE_FRACTION)) {
            reversalsInFirst.addAll(second);
            second.clear();
            first.addAll(pendingOut);
            pendingOut.clear();
            deepest = Math.max(deepest, reached);
            state = State.FIRST;
        }
    }

    private double depth(double position) {
        return out.sign() * (position - home);
    }

    private double returnedShare() {
        if (deepest <= 0 || second.isEmpty()) {
            return 0;
        }
        double now = depth(second.get(second.size() - 1).endPosition());
        return (deepest - now) / deepest;
    }

    /**
     * How far home the bar came before {@code next} set off out again: where it turned, which can be
     * further than where the last return movement ended when the bar crept on too slowly to count
     * as a movement.
     */
    private double returnedShareBefore(Movement next) {
        if (deepest <= 0 || second.isEmpty()) {
            return 0;
        }
        return Math.max(returnedShare(), (deepest - depth(next.startPosition())) / deepest);
    }

    private void startRep(Movement m) {
        first.clear();
        second.clear();
        reversalsInFirst.clear();
        reversalsInSecond.clear();
        pendingOut.clear();
        home = m.startPosition();
        first.add(m);
        deepest = depth(m.endPosition());
        state = State.FIRST;
    }

    private void complete() {
        sink.accept(new RepCandidate(out, first, second, reversalsInFirst, reversalsInSecond));
        first.clear();
        second.clear();
        reversalsInFirst.clear();
        reversalsInSecond.clear();
        state = State.IDLE;
    }

    @Override
    public void onFinish(double lastSampleS) {
        closeOpenRep();
    }

    /** Data stopped (a gap): movements are never joined across it, so what is open ends here. */
    public void onGap(double fromS) {
        closeOpenRep();
    }

    /** Hands on the rep under way as it stands (a trip out after a return becomes a rep of its own). */
    private void closeOpenRep() {
        if (state == State.SECOND_THEN_OUT) {
            List<Movement> after = new ArrayList<>(pendingOut);
            pendingOut.clear();
            complete();
            startRep(after.get(0));
            for (int i = 1; i < after.size(); i++) {
                first.add(after.get(i));
            }
        }
        if (state != State.IDLE) {
            complete();
        }
    }
}
