package io.reptempo.motion;

/** Receives what a motion estimator finds: calibration, rests, and drift-corrected motion. */
public interface MotionListener {

    /** Gravity has been found; motion is measured from now on. */
    default void onCalibrated(double tSeconds) {
    }

    /** A stretch of motion between two rests is complete. */
    void onSegment(MotionSegment segment);

    /** The stream had no samples for longer than the estimator can bridge. */
    default void onGap(double fromSeconds, double toSeconds) {
    }

    /**
     * The newest sample's provisional state (not yet drift-corrected) for live displays.
     * Called for every sample, so implementations must be cheap.
     */
    default void onProgress(double tSeconds, double position, double velocity, boolean resting) {
    }

    /** The stream ended. */
    default void onFinish(double lastSampleSeconds) {
    }
}
