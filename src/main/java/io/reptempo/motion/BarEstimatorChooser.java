package io.reptempo.motion;

import io.reptempo.sensor.Sample;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the bar estimator for the stream: rests anchor velocity best, so the rest-based one is
 * used when the sensor is still within the first seconds; a stream that is never still then
 * (a wrist-worn sensor, a recording cut from the middle of a set) goes to the rest-free one,
 * which is given the held-back start again.
 */
public final class BarEstimatorChooser implements MotionEstimator {
    /** How long to wait for the first rest before measuring without rests. */
    public static final double DECIDE_SECONDS = 5.0;

    private final MotionListener listener;
    private final List<Sample> held = new ArrayList<>();
    private final List<double[]> heldGaps = new ArrayList<>();
    private final BarMotionEstimator withRests;
    private MotionEstimator chosen;

    public BarEstimatorChooser(MotionListener listener) {
        this.listener = listener;
        this.withRests = new BarMotionEstimator(new MotionListener() {
            @Override
            public void onCalibrated(double t) {
                choose(withRests);
                listener.onCalibrated(t);
            }

            @Override
            public void onSegment(MotionSegment segment) {
                listener.onSegment(segment);
            }

            @Override
            public void onGap(double from, double to) {
                if (chosen == null) {
                    heldGaps.add(new double[] {from, to});
                } else {
                    listener.onGap(from, to);
                }
            }

            @Override
            public void onProgress(double t, double position, double velocity, boolean resting) {
                if (chosen == null || chosen == withRests) {
                    listener.onProgress(t, position, velocity, resting);
                }
            }

            @Override
            public void onFinish(double last) {
                listener.onFinish(last);
            }
        });
    }

    @Override
    public void accept(Sample s) {
        if (chosen != null) {
            chosen.accept(s);
            return;
        }
        held.add(s);
        withRests.accept(s);
        if (chosen == null && s.t() - held.get(0).t() >= DECIDE_SECONDS) {
            goRestFree();
        }
    }

    @Override
    public void finish() {
        if (chosen == null && !held.isEmpty()) {
            goRestFree();
        }
        if (chosen != null) {
            chosen.finish();
        } else {
            withRests.finish();
        }
    }

    private void choose(MotionEstimator e) {
        chosen = e;
        for (double[] g : heldGaps) {
            listener.onGap(g[0], g[1]);
        }
        heldGaps.clear();
        held.clear();
    }

    private void goRestFree() {
        RestFreeBarEstimator restFree = new RestFreeBarEstimator(listener);
        List<Sample> replay = new ArrayList<>(held);
        heldGaps.clear();
        chosen = restFree;
        held.clear();
        replay.forEach(restFree::accept);
    }

    /** True when the stream is measured without rests. */
    public boolean isRestFree() {
        return chosen instanceof RestFreeBarEstimator;
    }

    @Override
    public int gapCount() {
        return chosen == null ? withRests.gapCount() : chosen.gapCount();
    }

    @Override
    public boolean isCalibrated() {
        return chosen != null && chosen.isCalibrated();
    }
}
