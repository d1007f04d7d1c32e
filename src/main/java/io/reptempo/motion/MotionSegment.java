package io.reptempo.motion;

/**
 * A stretch of motion between two rests, drift-corrected: sample times, position (m for a bar,
 * degrees for a limb) and velocity (m/s or deg/s). The receiver owns the arrays.
 *
 * @param endedByRest true when the stretch ended because the sensor came to rest (false after a
 *                    data gap, a forced split or the end of the stream)
 */
public record MotionSegment(double[] t, double[] position, double[] velocity, boolean endedByRest) {

    public int size() {
        return t.length;
    }

    public double startTime() {
        return t[0];
    }

    public double endTime() {
        return t[t.length - 1];
    }
}
