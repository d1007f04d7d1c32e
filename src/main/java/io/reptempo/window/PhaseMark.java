package io.reptempo.window;

import io.reptempo.reps.PhaseKind;

/**
 * A movement phase as the live tracker announced it: its kind, start and end in sample time (end
 * NaN while it is still going) and whether the engine called it an unwanted shortening.
 */
public record PhaseMark(PhaseKind kind, double startS, double endS, boolean shortening) {

    public boolean open() {
        return Double.isNaN(endS);
    }

    PhaseMark endedAt(double t) {
        return new PhaseMark(kind, startS, t, shortening);
    }

    PhaseMark asShortening() {
        return new PhaseMark(kind, startS, endS, true);
    }

    /** The pause that follows this movement. */
    public PhaseKind pauseAfter() {
        return kind == PhaseKind.ECCENTRIC ? PhaseKind.PAUSE_AFTER_ECCENTRIC : PhaseKind.PAUSE_AFTER_CONCENTRIC;
    }
}
