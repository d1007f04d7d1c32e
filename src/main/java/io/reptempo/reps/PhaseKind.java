package io.reptempo.reps;

/** The parts of a rep in tempo notation order. */
public enum PhaseKind {
    ECCENTRIC, PAUSE_AFTER_ECCENTRIC, CONCENTRIC, PAUSE_AFTER_CONCENTRIC;

    public String label() {
        return switch (this) {
            case ECCENTRIC -> "eccentric";
            case PAUSE_AFTER_ECCENTRIC -> "pause after eccentric";
            case CONCENTRIC -> "concentric";
            case PAUSE_AFTER_CONCENTRIC -> "pause after concentric";
        };
    }
}
