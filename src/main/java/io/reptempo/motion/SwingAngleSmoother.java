package io.reptempo.motion;

import java.util.Arrays;

/**
 * Angle of a swinging segment between two rests from accelerometer readings alone: an extended
 * Kalman filter run forward and smoothed backward (Rauch-Tung-Striebel) whose model adds the
 * swing's own acceleration to gravity, with the lever (joint-to-sensor distance and direction)
 * learnt from the data and carried from one stretch to the next.
 *
 * <p>In the plane of rotation, with psi the angle of gravity's direction from a reference
 * direction, the sensor reads {@code G u(psi) + r alpha u'(psi0) + r omega^2 u(psi0)} where
 * {@code u(a) = (cos a, sin a)} and psi0 is the direction that points at the joint. Writing
 * {@code (p, q) = r u(psi0)} makes the swing's part {@code p (omega^2, alpha) + q (-alpha, omega^2)}.
 * The state is (psi, omega, alpha, p, q); alpha is driven by white jerk.
 */
final class SwingAngleSmoother {
    private static final int N = 5;
    static final boolean DEBUG = System.getenv("SWING_DEBUG") != null;
    /**
     * Spectral density of the jerk that drives the angular acceleration, rad^2/s^5: a fast leg raise
     * (4 rad/s reached in 0.25 s) changes alpha by ~50 rad/s^2 within ~0.15 s.
     */
    static final double JERK_DENSITY = 2.0e4;
    /** Per-sample noise of the in-plane reading, (m/s^2)^2: sensor noise, tremor and model error. */
    static final double READING_VARIANCE = 0.05 * 0.05;
    /** Prior on the lever before any swing was seen: anywhere from the forearm to the ankle. */
    static final double LEVER_PRIOR_M = 0.5;
    static final double LEVER_PRIOR_STD_M = 0.5;
    /** The lever's direction is within about 15 deg of where gravity pointed at the first rest. */
    static final double LEVER_SIDE_PRIOR_STD_M = 0.25;
    /** Lever uncertainty never shrinks below this between stretches (the strap can slip). */
    static final double LEVER_FLOOR_STD_M = 0.02;
    /** Uncertainty of the angle and its derivatives at the rest a stretch starts from. */
    static final double START_ANGLE_STD_RAD = Math.toRadians(1.0);
    static final double START_RATE_STD_RAD_S = Math.toRadians(2.0);
    static final double START_ACCEL_STD_RAD_S2 = 0.2;

    private double leverP = LEVER_PRIOR_M;
    private double leverQ;
    private final double[] leverCov = {
        LEVER_PRIOR_STD_M * LEVER_PRIOR_STD_M, 0, 0, LEVER_SIDE_PRIOR_STD_M * LEVER_SIDE_PRIOR_STD_M};

    private double[] xPred = new double[0];
    private double[] pPred = new double[0];
    private double[] xFilt = new double[0];
    private double[] pFilt = new double[0];
    private final double[] f = new double[N * N];
    private final double[] tmp = new double[N * N];
    private final double[] tmp2 = new double[N * N];
    private final double[] chol = new double[N * N];

    /** The plane's second direction was turned round: the lever's side component changes sign. */
    void mirror() {
        leverQ = -leverQ;
        leverCov[1] = -leverCov[1];
        leverCov[2] = -leverCov[2];
    }

    /** Joint-to-sensor distance learnt so far, m. */
    double leverM() {
        return Math.hypot(leverP, leverQ);
    }

    /**
     * Smooths one stretch.
     *
     * @param t          sample times, s
     * @param mx         reading along the reference direction in the plane of rotation, m/s^2
     * @param my         reading along the in-plane direction 90 deg on from it, m/s^2
     * @param n          number of samples
     * @param gravity    magnitude of the reading at rest, m/s^2
     * @param startAngle angle of gravity's direction at the rest the stretch starts from, rad
     * @param angle      out: smoothed angle, rad
     * @param rate       out: smoothed angular velocity, rad/s
     */
    void smooth(double[] t, double[] mx, double[] my, int n, double gravity, double startAngle,
                double[] angle, double[] rate) {
        ensureCapacity(n);
        double[] x = {startAngle, 0, 0, leverP, leverQ};
        double[] p = new double[N * N];
        p[0] = START_ANGLE_STD_RAD * START_ANGLE_STD_RAD;
        p[N + 1] = START_RATE_STD_RAD_S * START_RATE_STD_RAD_S;
        p[2 * N + 2] = START_ACCEL_STD_RAD_S2 * START_ACCEL_STD_RAD_S2;
        p[3 * N + 3] = leverCov[0];
        p[3 * N + 4] = leverCov[1];
        p[4 * N + 3] = leverCov[2];
        p[4 * N + 4] = leverCov[3];
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                predict(x, p, t[k] - t[k - 1]);
            }
            System.arraycopy(x, 0, xPred, k * N, N);
            System.arraycopy(p, 0, pPred, k * N * N, N * N);
            update(x, p, mx[k], my[k], gravity);
            System.arraycopy(x, 0, xFilt, k * N, N);
            if (DEBUG) System.out.printf(java.util.Locale.ROOT, "F %.3f %.3f %.3f | %.2f %.2f %.2f %.3f %.3f%n", t[k], mx[k], my[k], Math.toDegrees(x[0]), Math.toDegrees(x[1]), x[2], x[3], x[4]);
            System.arraycopy(p, 0, pFilt, k * N * N, N * N);
        }
        // The lever is constant, so its smoothed value is the last filtered one.
        leverP = x[3];
        leverQ = x[4];
        double floor = LEVER_FLOOR_STD_M * LEVER_FLOOR_STD_M;
        leverCov[0] = Math.max(p[3 * N + 3], floor);
        leverCov[1] = p[3 * N + 4];
        leverCov[2] = p[4 * N + 3];
        leverCov[3] = Math.max(p[4 * N + 4], floor);

        double[] xs = Arrays.copyOfRange(xFilt, (n - 1) * N, n * N);
        angle[n - 1] = xs[0];
        rate[n - 1] = xs[1];
        double[] diff = new double[N];
        double[] next = new double[N];
        for (int k = n - 2; k >= 0; k--) {
            transition(t[k + 1] - t[k]);
            // C = Pf F^T Pp^-1, so C^T = Pp^-1 (F Pf): solve with the Cholesky factor of Pp.
            mul(f, pFilt, k * N * N, tmp);
            cholesky(pPred, (k + 1) * N * N);
            for (int c = 0; c < N; c++) {
                solveColumn(tmp, c);
            }
            for (int i = 0; i < N; i++) {
                diff[i] = xs[i] - xPred[(k + 1) * N + i];
            }
            for (int i = 0; i < N; i++) {
                double s = xFilt[k * N + i];
                for (int j = 0; j < N; j++) {
                    s += tmp[j * N + i] * diff[j];
                }
                next[i] = s;
            }
            System.arraycopy(next, 0, xs, 0, N);
            angle[k] = xs[0];
            rate[k] = xs[1];
        }
    }

    private void predict(double[] x, double[] p, double dt) {
        transition(dt);
        x[0] += dt * x[1] + 0.5 * dt * dt * x[2];
        x[1] += dt * x[2];
        mul(f, p, 0, tmp);
        // tmp2 = (F P) F^T
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                double s = 0;
                for (int k = 0; k < N; k++) {
                    s += tmp[i * N + k] * f[j * N + k];
                }
                tmp2[i * N + j] = s;
            }
        }
        double q = JERK_DENSITY;
        double dt2 = dt * dt;
        double dt3 = dt2 * dt;
        tmp2[0] += q * dt3 * dt2 / 20;
        tmp2[1] += q * dt2 * dt2 / 8;
        tmp2[2] += q * dt3 / 6;
        tmp2[N] += q * dt2 * dt2 / 8;
        tmp2[N + 1] += q * dt3 / 3;
        tmp2[N + 2] += q * dt2 / 2;
        tmp2[2 * N] += q * dt3 / 6;
        tmp2[2 * N + 1] += q * dt2 / 2;
        tmp2[2 * N + 2] += q * dt;
        // A whisper of lever noise keeps the predicted covariance invertible for the smoother.
        tmp2[3 * N + 3] += 1e-9 * dt;
        tmp2[4 * N + 4] += 1e-9 * dt;
        System.arraycopy(tmp2, 0, p, 0, N * N);
    }

    private void update(double[] x, double[] p, double zx, double zy, double g) {
        double psi = x[0];
        double w = x[1];
        double a = x[2];
        double lp = x[3];
        double lq = x[4];
        double c = Math.cos(psi);
        double s = Math.sin(psi);
        double w2 = w * w;
        double hx = g * c + lp * w2 - lq * a;
        double hy = g * s + lp * a + lq * w2;
        double[] h0 = {-g * s, 2 * lp * w, -lq, w2, -a};
        double[] h1 = {g * c, 2 * lq * w, lp, a, w2};
        // PH^T: two columns.
        double[] ph0 = new double[N];
        double[] ph1 = new double[N];
        for (int i = 0; i < N; i++) {
            double s0 = 0;
            double s1 = 0;
            for (int j = 0; j < N; j++) {
                s0 += p[i * N + j] * h0[j];
                s1 += p[i * N + j] * h1[j];
            }
            ph0[i] = s0;
            ph1[i] = s1;
        }
        double s00 = READING_VARIANCE;
        double s01 = 0;
        double s11 = READING_VARIANCE;
        for (int j = 0; j < N; j++) {
            s00 += h0[j] * ph0[j];
            s01 += h0[j] * ph1[j];
            s11 += h1[j] * ph1[j];
        }
        double det = s00 * s11 - s01 * s01;
        double i00 = s11 / det;
        double i01 = -s01 / det;
        double i11 = s00 / det;
        double rx = zx - hx;
        double ry = zy - hy;
        for (int i = 0; i < N; i++) {
            double k0 = ph0[i] * i00 + ph1[i] * i01;
            double k1 = ph0[i] * i01 + ph1[i] * i11;
            x[i] += k0 * rx + k1 * ry;
            // P -= K (P H^T)^T
            for (int j = 0; j < N; j++) {
                p[i * N + j] -= k0 * ph0[j] + k1 * ph1[j];
            }
        }
        for (int i = 0; i < N; i++) {
            for (int j = i + 1; j < N; j++) {
                double m = 0.5 * (p[i * N + j] + p[j * N + i]);
                p[i * N + j] = m;
                p[j * N + i] = m;
            }
        }
    }

    private void transition(double dt) {
        Arrays.fill(f, 0);
        for (int i = 0; i < N; i++) {
            f[i * N + i] = 1;
        }
        f[1] = dt;
        f[2] = 0.5 * dt * dt;
        f[N + 2] = dt;
    }

    /** out = a * b[offset..] (5x5). */
    private static void mul(double[] a, double[] b, int offset, double[] out) {
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                double s = 0;
                for (int k = 0; k < N; k++) {
                    s += a[i * N + k] * b[offset + k * N + j];
                }
                out[i * N + j] = s;
            }
        }
    }

    /** Lower Cholesky factor of the symmetric positive definite a[offset..] into chol. */
    private void cholesky(double[] a, int offset) {
        for (int i = 0; i < N; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[offset + i * N + j];
                for (int k = 0; k < j; k++) {
                    s -= chol[i * N + k] * chol[j * N + k];
                }
                if (i == j) {
                    chol[i * N + i] = Math.sqrt(Math.max(s, 1e-30));
                } else {
                    chol[i * N + j] = s / chol[j * N + j];
                }
            }
        }
    }

    /** Replaces column c of m by (L L^T)^-1 times it. */
    private void solveColumn(double[] m, int c) {
        for (int i = 0; i < N; i++) {
            double s = m[i * N + c];
            for (int k = 0; k < i; k++) {
                s -= chol[i * N + k] * m[k * N + c];
            }
            m[i * N + c] = s / chol[i * N + i];
        }
        for (int i = N - 1; i >= 0; i--) {
            double s = m[i * N + c];
            for (int k = i + 1; k < N; k++) {
                s -= chol[k * N + i] * m[k * N + c];
            }
            m[i * N + c] = s / chol[i * N + i];
        }
    }

    private void ensureCapacity(int n) {
        if (xPred.length < n * N) {
            xPred = new double[n * N];
            xFilt = new double[n * N];
            pPred = new double[n * N * N];
            pFilt = new double[n * N * N];
        }
    }
}
