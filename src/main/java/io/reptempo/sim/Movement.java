package io.reptempo.sim;

/**
 * One smooth point-to-point movement of a single coordinate (metres for the bar, degrees for a limb),
 * at rest before {@code startS} and after its end.
 */
record Movement(double startS, double durationS, double from, double to, Shape shape) {

    Movement {
        if (!(durationS > 0)) {
            throw new IllegalArgumentException("duration must be positive: " + durationS);
        }
    }

    double endS() {
        return startS + durationS;
    }

    double displacement() {
        return to - from;
    }

    /** Signed plateau velocity (the peak velocity of the movement), units per second. */
    double peakVelocity() {
        return displacement() / (durationS * shape.meanSpeedRatio());
    }

    /** Where the speed first reaches {@code fractionOfPeak} of the peak (the movement's start by the 5 % rule). */
    double thresholdStartS(double fractionOfPeak) {
        return startS + durationS * shape.upFraction() * shape.up().timeAtSpeed(fractionOfPeak);
    }

    /** Where the speed last falls to {@code fractionOfPeak} of the peak. */
    double thresholdEndS(double fractionOfPeak) {
        return endS() - durationS * shape.downFraction() * shape.down().timeAtSpeed(fractionOfPeak);
    }

    /** Writes position, velocity and acceleration at time t into out[0..2]. */
    void evaluate(double t, double[] out) {
        if (t <= startS) {
            out[0] = from;
            out[1] = 0.0;
            out[2] = 0.0;
            return;
        }
        if (t >= endS()) {
            out[0] = to;
            out[1] = 0.0;
            out[2] = 0.0;
            return;
        }
        double s = (t - startS) / durationS;
        double vPeak = peakVelocity();
        double ru = shape.upFraction();
        double rd = shape.downFraction();
        if (s < ru) {
            double u = s / ru;
            out[0] = from + vPeak * durationS * ru * shape.up().distance(u);
            out[1] = vPeak * shape.up().speed(u);
            out[2] = vPeak * shape.up().slope(u) / (ru * durationS);
        } else if (s > 1.0 - rd) {
            double q = (1.0 - s) / rd;
            out[0] = to - vPeak * durationS * rd * shape.down().distance(q);
            out[1] = vPeak * shape.down().speed(q);
            out[2] = -vPeak * shape.down().slope(q) / (rd * durationS);
        } else {
            out[0] = from + vPeak * durationS * (ru * shape.up().area() + s - ru);
            out[1] = vPeak;
            out[2] = 0.0;
        }
    }
}
