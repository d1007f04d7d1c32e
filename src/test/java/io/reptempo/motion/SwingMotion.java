package io.reptempo.motion;

import java.util.List;

/**
 * A segment swinging about a joint through minimum-jerk strokes, sampled at a fixed rate: its
 * angle from hanging and the accelerometer reading in the segment frame (tangential, toward the
 * joint), for closed-form tests of the accelerometer-only limb path.
 */
final class SwingMotion {
    static final double G = 9.80665;

    final double[] t;
    final double[] theta;
    final double[] omega;
    final double[] alpha;

    /**
     * @param strokes {duration s, angle change deg} in order; a change of 0 is a hold
     * @param startDeg angle from hanging at the start
     */
    SwingMotion(double rateHz, double startDeg, List<double[]> strokes) {
        int total = 0;
        for (double[] s : strokes) {
            total += (int) Math.round(s[0] * rateHz);
        }
        t = new double[total];
        theta = new double[total];
        omega = new double[total];
        alpha = new double[total];
        int k = 0;
        double t0 = 0;
        double th0 = Math.toRadians(startDeg);
        for (double[] s : strokes) {
            int n = (int) Math.round(s[0] * rateHz);
            double d = Math.toRadians(s[1]);
            double T = s[0];
            for (int i = 0; i < n; i++, k++) {
                double u = (double) i / n;
                t[k] = t0 + i / rateHz;
                theta[k] = th0 + d * (10 * Math.pow(u, 3) - 15 * Math.pow(u, 4) + 6 * Math.pow(u, 5));
                omega[k] = d / T * (30 * u * u - 60 * Math.pow(u, 3) + 30 * Math.pow(u, 4));
                alpha[k] = d / (T * T) * (60 * u - 180 * u * u + 120 * Math.pow(u, 3));
            }
            t0 += n / rateHz;
            th0 += d;
        }
    }

    int size() {
        return t.length;
    }

    /** Reading across the joint line (tangential), m/s^2, for a sensor radiusM from the joint. */
    double tangential(int k, double radiusM) {
        return radiusM * alpha[k] + G * Math.sin(theta[k]);
    }

    /** Reading along the joint line (toward the joint), m/s^2. */
    double radial(int k, double radiusM) {
        return radiusM * omega[k] * omega[k] + G * Math.cos(theta[k]);
    }
}
