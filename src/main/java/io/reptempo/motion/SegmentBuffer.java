package io.reptempo.motion;

import java.util.Arrays;

/** Growable primitive arrays holding the samples of the motion stretch in progress. */
final class SegmentBuffer {
    private double[] t = new double[1024];
    private double[] position = new double[1024];
    private double[] velocity = new double[1024];
    private int size;

    void add(double time, double pos, double vel) {
        if (size == t.length) {
            int n = size * 2;
            t = Arrays.copyOf(t, n);
            position = Arrays.copyOf(position, n);
            velocity = Arrays.copyOf(velocity, n);
        }
        t[size] = time;
        position[size] = pos;
        velocity[size] = vel;
        size++;
    }

    int size() {
        return size;
    }

    double firstTime() {
        return t[0];
    }

    double lastVelocity() {
        return velocity[size - 1];
    }

    double lastPosition() {
        return position[size - 1];
    }

    /**
     * Removes a linear velocity drift so the velocity ends at {@code endVelocity}, re-integrates
     * position from the first sample, and hands the result over; the buffer is then empty.
     */
    MotionSegment drainWithVelocityEndingAt(double endVelocity, boolean endedByRest) {
        double drift = velocity[size - 1] - endVelocity;
        double t0 = t[0];
        double span = Math.max(t[size - 1] - t0, 1e-9);
        for (int i = 0; i < size; i++) {
            velocity[i] -= drift * (t[i] - t0) / span;
        }
        for (int i = 1; i < size; i++) {
            position[i] = position[i - 1] + 0.5 * (velocity[i] + velocity[i - 1]) * (t[i] - t[i - 1]);
        }
        return drain(endedByRest);
    }

    /** Hands over the samples unchanged; the buffer is then empty. */
    MotionSegment drain(boolean endedByRest) {
        MotionSegment s = new MotionSegment(Arrays.copyOf(t, size), Arrays.copyOf(position, size),
                Arrays.copyOf(velocity, size), endedByRest);
        size = 0;
        if (t.length > 1 << 16) {
            // An unusually long stretch grew the arrays: give the memory back.
            t = new double[1024];
            position = new double[1024];
            velocity = new double[1024];
        }
        return s;
    }
}
