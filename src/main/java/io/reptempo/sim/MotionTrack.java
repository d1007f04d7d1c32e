package io.reptempo.sim;

import java.util.List;

/** The history of one coordinate: a time-ordered series of non-overlapping movements with holds between. */
final class MotionTrack {

    private final double initial;
    private final Movement[] movements;
    private final double[] starts;

    MotionTrack(double initial, List<Movement> movements) {
        this.initial = initial;
        this.movements = movements.toArray(new Movement[0]);
        this.starts = new double[this.movements.length];
        for (int i = 0; i < this.movements.length; i++) {
            starts[i] = this.movements[i].startS();
            if (i > 0 && starts[i] < this.movements[i - 1].endS() - 1e-9) {
                throw new IllegalArgumentException("movements overlap at " + starts[i]);
            }
        }
    }

    List<Movement> movements() {
        return List.of(movements);
    }

    /** Writes position, velocity and acceleration at time t into out[0..2]. */
    void evaluate(double t, double[] out) {
        int i = lastStartingAtOrBefore(t);
        if (i < 0) {
            out[0] = initial;
            out[1] = 0.0;
            out[2] = 0.0;
        } else {
            movements[i].evaluate(t, out);
        }
    }

    double position(double t) {
        double[] out = new double[3];
        evaluate(t, out);
        return out[0];
    }

    double velocity(double t) {
        double[] out = new double[3];
        evaluate(t, out);
        return out[1];
    }

    double acceleration(double t) {
        double[] out = new double[3];
        evaluate(t, out);
        return out[2];
    }

    private int lastStartingAtOrBefore(double t) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
