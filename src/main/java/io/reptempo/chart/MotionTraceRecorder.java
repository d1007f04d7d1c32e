package io.reptempo.chart;

import io.reptempo.engine.EngineListener;
import io.reptempo.motion.MotionSegment;
import io.reptempo.reps.SetResult;
import java.util.Arrays;

/**
 * Keeps the engine's drift-corrected motion for the set-over-time chart, thinned to at most
 * {@value #DEFAULT_POINTS_PER_SECOND} points per second of set time so an hour-long set stays small;
 * rests between movements become flat stretches at zero velocity.
 */
public final class MotionTraceRecorder implements EngineListener {
    /** A chart 1200 px wide cannot show more; 50 ms still places every phase edge within a pixel or two. */
    public static final double DEFAULT_POINTS_PER_SECOND = 20;

    private final double step;
    private double[] t = new double[256];
    private double[] position = new double[256];
    private double[] velocity = new double[256];
    private int n;
    private double calibratedAt = Double.NaN;
    private double lastSampleT = Double.NaN;
    private double lastPosition = Double.NaN;
    private boolean brokenByGap;

    public MotionTraceRecorder() {
        this(DEFAULT_POINTS_PER_SECOND);
    }

    public MotionTraceRecorder(double pointsPerSecond) {
        if (!(pointsPerSecond > 0)) {
            throw new IllegalArgumentException("points per second must be positive");
        }
        this.step = 1.0 / pointsPerSecond;
    }

    @Override
    public void onCalibrated(double tSeconds) {
        calibratedAt = tSeconds;
    }

    @Override
    public void onProgress(double tSeconds, double pos, double vel, boolean resting) {
        lastSampleT = tSeconds; // only the end of the stream is needed: the closing rest
    }

    @Override
    public void onGap(double fromSeconds, double toSeconds) {
        if (n > 0 && !brokenByGap) {
            if (fromSeconds > t[n - 1]) {
                add(fromSeconds, lastPosition, 0);
            }
            add(fromSeconds, Double.NaN, Double.NaN); // breaks the line: nothing was measured across a gap
        }
        brokenByGap = true;
    }

    @Override
    public void onSegment(MotionSegment segment) {
        int size = segment.size();
        if (size == 0) {
            return;
        }
        double[] st = segment.t();
        double[] sp = segment.position();
        double[] sv = segment.velocity();
        if (n == 0 && !Double.isNaN(calibratedAt) && calibratedAt < st[0]) {
            add(calibratedAt, sp[0], 0); // the still start, at the height the motion starts from
        } else if (n > 0 && !brokenByGap && st[0] > t[n - 1]) {
            add(st[0], lastPosition, 0); // the rest before this stretch: flat, not a slope
        }
        brokenByGap = false;
        double lastKept = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            boolean last = i == size - 1;
            if (st[i] - lastKept >= step || last) {
                if (n > 0 && st[i] <= t[n - 1]) {
                    continue; // keep time strictly increasing for the chart
                }
                add(st[i], sp[i], sv[i]);
                lastKept = st[i];
            }
        }
        lastPosition = sp[size - 1];
    }

    @Override
    public void onFinish(SetResult result) {
        if (n > 0 && !brokenByGap && !Double.isNaN(lastSampleT) && lastSampleT > t[n - 1]) {
            add(lastSampleT, lastPosition, 0); // the closing rest
        }
    }

    /** What has been recorded so far (a copy). */
    public MotionTrace trace() {
        return new MotionTrace(Arrays.copyOf(t, n), Arrays.copyOf(position, n), Arrays.copyOf(velocity, n));
    }

    private void add(double time, double pos, double vel) {
        if (n == t.length) {
            int cap = t.length * 2;
            t = Arrays.copyOf(t, cap);
            position = Arrays.copyOf(position, cap);
            velocity = Arrays.copyOf(velocity, cap);
        }
        t[n] = time;
        position[n] = pos;
        velocity[n] = vel;
        n++;
    }
}
