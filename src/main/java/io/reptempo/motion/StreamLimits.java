package io.reptempo.motion;

/** Limits every motion estimator shares: when gravity is first trusted, gaps, and memory. */
final class StreamLimits {
    /** Still time needed before the first calibration. */
    static final double CALIBRATION_SECONDS = 0.5;
    /** Longer silences are gaps: never integrated across. */
    static final double MAX_GAP_SECONDS = 0.5;
    /** A stretch longer than this is split to keep memory bounded (never happens in real sets). */
    static final double MAX_SEGMENT_SECONDS = 120.0;

    private StreamLimits() {
    }
}
