package io.reptempo.motion;

import io.reptempo.sensor.SampleSink;

/** A stage that turns calibrated samples into motion along one axis (bar height or limb angle). */
public interface MotionEstimator extends SampleSink {

    /** Number of data gaps the estimator refused to integrate across. */
    int gapCount();

    /** True once gravity has been found. */
    boolean isCalibrated();
}
