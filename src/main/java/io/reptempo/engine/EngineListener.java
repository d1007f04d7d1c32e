package io.reptempo.engine;

import io.reptempo.motion.MotionSegment;
import io.reptempo.phases.Movement;
import io.reptempo.reps.RepCandidate;
import io.reptempo.reps.SetResult;

/** What views, recorders and reports hear from the engine. Every method is optional. */
public interface EngineListener {

    /** Gravity found: the sensor is calibrated at sample time {@code tSeconds}. */
    default void onCalibrated(double tSeconds) {
    }

    /** Latest provisional position and velocity, for every sample (keep it cheap). */
    default void onProgress(double tSeconds, double position, double velocity, boolean resting) {
    }

    /** A drift-corrected stretch of motion between rests. */
    default void onSegment(MotionSegment segment) {
    }

    default void onMovement(Movement movement) {
    }

    /** A movement out and back that may be a rep (the set-level checks come at the end). */
    default void onRepCandidate(RepCandidate candidate) {
    }

    default void onGap(double fromSeconds, double toSeconds) {
    }

    /** The stream ended and the set is analysed. */
    default void onFinish(SetResult result) {
    }
}
