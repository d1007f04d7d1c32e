package io.reptempo.chart;

/**
 * The set's motion for plotting: sample time (s), position (m for a bar, degrees for a limb) and
 * velocity (per second of the same). A NaN position marks a data gap: the line breaks there.
 */
public record MotionTrace(double[] t, double[] position, double[] velocity) {

    public static MotionTrace empty() {
        return new MotionTrace(new double[0], new double[0], new double[0]);
    }

    public int size() {
        return t.length;
    }
}
