package io.reptempo.reps;

/** The ways a rep can break the prescription or the set's standards. */
public enum FlagType {
    SHORTENING("shortening"),
    ECCENTRIC_TOO_FAST("eccentric-too-fast"),
    ECCENTRIC_TOO_SLOW("eccentric-too-slow"),
    PAUSE_AFTER_ECCENTRIC_TOO_SHORT("pause-after-eccentric-too-short"),
    PAUSE_AFTER_ECCENTRIC_TOO_LONG("pause-after-eccentric-too-long"),
    CONCENTRIC_TOO_FAST("concentric-too-fast"),
    CONCENTRIC_TOO_SLOW("concentric-too-slow"),
    PAUSE_AFTER_CONCENTRIC_TOO_SHORT("pause-after-concentric-too-short"),
    PAUSE_AFTER_CONCENTRIC_TOO_LONG("pause-after-concentric-too-long"),
    PARTIAL_RANGE("partial-range"),
    VELOCITY_LOSS("velocity-loss");

    private final String code;

    FlagType(String code) {
        this.code = code;
    }

    /** The stable name used in JSON and CSV output. */
    public String code() {
        return code;
    }

    static FlagType tooFast(PhaseKind kind) {
        return switch (kind) {
            case ECCENTRIC -> ECCENTRIC_TOO_FAST;
            case PAUSE_AFTER_ECCENTRIC -> PAUSE_AFTER_ECCENTRIC_TOO_SHORT;
            case CONCENTRIC -> CONCENTRIC_TOO_FAST;
            case PAUSE_AFTER_CONCENTRIC -> PAUSE_AFTER_CONCENTRIC_TOO_SHORT;
        };
    }

    static FlagType tooSlow(PhaseKind kind) {
        return switch (kind) {
            case ECCENTRIC -> ECCENTRIC_TOO_SLOW;
            case PAUSE_AFTER_ECCENTRIC -> PAUSE_AFTER_ECCENTRIC_TOO_LONG;
            case CONCENTRIC -> CONCENTRIC_TOO_SLOW;
            case PAUSE_AFTER_CONCENTRIC -> PAUSE_AFTER_CONCENTRIC_TOO_LONG;
        };
    }
}
