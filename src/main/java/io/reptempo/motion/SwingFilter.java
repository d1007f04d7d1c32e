package io.reptempo.motion;

import java.util.Arrays;

/**
 * Extended Kalman filter and Rauch-Tung-Striebel smoother over one stretch of a swinging
 * segment's in-plane readings; the model is described in {@link SwingAngleSmoother}. State
 * (psi, omega, alpha, p, q, bx, by, d1, d2): angle of gravity's direction (rad), its rate and
 * acceleration, the lever (m), and what the rests leave of the accelerometer's bias (m/s^2) and
 * scale error in the plane: the reading is (I + D) f + b for specific force f, D = (d1, d2; d2, -d1).
 * D's mean part is one with gravity's size, which the rests measure.
 */
final class SwingFilter {
    static final int N = 9;
    /**
     * Left-over accelerometer bias in the plane, after the rests' fit: across the chord between
     * the rests only gravity's size says anything about it, while the arc between them is bent by it.
     */
    static final double BIAS_STD_MPS2 = 0.3;
    /**
     * Uneven scale error seen in the plane (+-2 % per axis on a MEMS part): it bends the arc and
     * the rests' angles by up to a degree each.
     */
    static final double SCALE_STD = 0.012;
    /** Spread of a state held fixed (nonzero keeps the covariance invertible). */
    private static final double FIXED_STD = 1e-6;
    /**
     * Spectral density of the jerk that drives the angular acceleration, rad^2/s^5: alpha drifts
     * by ~9 rad/s^2 (one sd) in 0.15 s. Limb movements are smooth (near minimum jerk), and the
     * readings hold the rest: at 100-400 Hz they pin a fast leg raise (alpha ~30 rad/s^2) however
     * tight the prior, while at 10-25 Hz a looser prior lets the filter trade angle for swing
     * between samples (2e4 spun it by whole turns; 2e3 still bent the onsets, lengthening a
     * concentric by up to 0.5 s). Tighter than 3e2 lost a curl at 100+ Hz on the tuning seeds.
     */
    static final double JERK_DENSITY = 5.0e2;
    /** Noise of one in-plane reading, (m/s^2)^2: sensor noise, tremor and what the model leaves out. */
    static final double READING_VARIANCE = 0.05 * 0.05;
    /** Uncertainty of the angle and its derivatives at the rest a stretch starts from. */
    static final double START_ANGLE_STD_RAD = Math.toRadians(1.0);
    static final double START_RATE_STD_RAD_S = Math.toRadians(2.0);
    static final double START_ACCEL_STD_RAD_S2 = 0.2;
    /** At a rest the stillness detector vouches for: about 2 deg/s and 0.3 rad/s^2 of doubt. */
    static final double REST_RATE_VARIANCE = Math.pow(Math.toRadians(2.0), 2);
    static final double REST_ACCEL_VARIANCE = 0.3 * 0.3;
    /** At a steady stop (which lets through about 12 deg/s): 8 deg/s and 1 rad/s^2. */
    static final double STOP_RATE_VARIANCE = Math.pow(Math.toRadians(8.0), 2);
    static final double STOP_ACCEL_VARIANCE = 1.0;
    /** A restart at a stop forgets the angle to 5 deg. */
    static final double RESTART_ANGLE_STD_RAD = Math.toRadians(5.0);
    /** Iterated updates: at most this many relinearisations, while the update moves the state this far. */
    static final int UPDATE_ITERATIONS = 8;
    static final double ITERATE_ANGLE_RAD = 1e-3;
    static final double ITERATE_RATE_RAD_S = 1e-2;
    static final double ITERATE_ACCEL_RAD_S2 = 0.1;
    /** The lever's noise per second: a whisper that keeps the predicted covariance invertible. */
    static final double LEVER_NOISE_PER_S = 1e-9;

    // The stretch.
    private double[] t;
    private double[] mx;
    private double[] my;
    private int n;
    private double gravity;
    private double startAngle;
    private double stillUntil;
    private double stillFrom;
    private boolean[] stop = new boolean[0];

    private double[] xPred = new double[0];
    private double[] pPred = new double[0];
    private double[] xFilt = new double[0];
    private double[] pFilt = new double[0];
    private double[] xSmooth = new double[0];
    private final double[] xEnd = new double[N];
    private final double[] pEnd = new double[N * N];
    private final double[] tmp = new double[N * N];
    private final double[] chol = new double[N * N];
    private final double[] h0 = new double[N];
    private final double[] h1 = new double[N];
    private final double[] ph0 = new double[N];
    private final double[] ph1 = new double[N];
    private final double[] row = new double[N];
    private final double[] xPrior = new double[N];
    private final double[] pPrior = new double[N * N];
    private final double[] linPoint = new double[N];

    /**
     * Takes a stretch to work on (the arrays are kept, not copied).
     *
     * @param stop samples where the first pass may restart from rest (see {@link #forward})
     */
    void load(double[] t, double[] mx, double[] my, int n, double gravity, double startAngle, double stillUntil,
              double stillFrom, boolean[] stop) {
        this.t = t;
        this.mx = mx;
        this.my = my;
        this.n = n;
        this.gravity = gravity;
        this.startAngle = startAngle;
        this.stillUntil = stillUntil;
        this.stillFrom = stillFrom;
        this.stop = stop;
        if (xPred.length < n * N) {
            xPred = new double[n * N];
            xFilt = new double[n * N];
            xSmooth = new double[n * N];
            pPred = new double[n * N * N];
            pFilt = new double[n * N * N];
        }
    }

    /** Drops the stretch and, after a very long one, the buffers. */
    void unload() {
        t = null;
        mx = null;
        my = null;
        stop = null;
        if (xPred.length > (1 << 16) * N) {
            xPred = new double[0];
            xFilt = new double[0];
            xSmooth = new double[0];
            pPred = new double[0];
            pFilt = new double[0];
        }
    }

    /**
     * Runs the filter forward from rest, storing each step; leaves the last filtered state in
     * {@link #end()}. {@code iterate} linearises the readings about the last smoothed path (a
     * Gauss-Newton step) instead of about the prediction; {@code restartAtStops} restarts from
     * rest where a stop is marked, for a first pass: a filter started at rest tracks a movement
     * well, while one running into a stop can lose it. {@code sensorErrors} lets the bias and
     * scale error move; without it they stay at zero (a first pass about a rough path would trade
     * the start of a slow movement for bias and lose the movement). Returns -2 log likelihood of
     * the readings.
     *
     * @param leverCov covariance of the lever (p, q) as {pp, pq, qp, qq}
     */
    double forward(double leverP, double leverQ, double[] leverCov, boolean sensorErrors, boolean iterate,
                   boolean restartAtStops) {
        double[] x = xEnd;
        double[] p = pEnd;
        Arrays.fill(p, 0);
        x[0] = startAngle;
        x[1] = 0;
        x[2] = 0;
        x[3] = leverP;
        x[4] = leverQ;
        p[0] = START_ANGLE_STD_RAD * START_ANGLE_STD_RAD;
        p[N + 1] = START_RATE_STD_RAD_S * START_RATE_STD_RAD_S;
        p[2 * N + 2] = START_ACCEL_STD_RAD_S2 * START_ACCEL_STD_RAD_S2;
        p[3 * N + 3] = leverCov[0];
        p[3 * N + 4] = leverCov[1];
        p[4 * N + 3] = leverCov[2];
        p[4 * N + 4] = leverCov[3];
        for (int i = 5; i < N; i++) {
            x[i] = 0;
            double std = !sensorErrors ? FIXED_STD : i < 7 ? BIAS_STD_MPS2 : SCALE_STD;
            p[i * N + i] = std * std;
        }
        // The start angle was read through the same bias and scale: the true one is psi0 + J (bx, by, d1, d2).
        double c = Math.cos(startAngle);
        double s = Math.sin(startAngle);
        double[] j = {s / gravity, -c / gravity, 2 * s * c, s * s - c * c};
        for (int a = 0; a < 4; a++) {
            double cov = j[a] * p[(5 + a) * N + 5 + a];
            p[5 + a] = cov;
            p[(5 + a) * N] = cov;
            p[0] += j[a] * cov;
        }
        double cost = 0;
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                predict(x, p, t[k] - t[k - 1]);
            }
            System.arraycopy(x, 0, xPred, k * N, N);
            System.arraycopy(p, 0, pPred, k * N * N, N * N);
            if (restartAtStops && stop[k]) {
                if (k == 0 || !stop[k - 1]) {
                    restart(x, p, k);
                }
                pin(x, p, 1, STOP_RATE_VARIANCE);
                pin(x, p, 2, STOP_ACCEL_VARIANCE);
            }
            cost += update(x, p, mx[k], my[k], iterate ? k * N : -1);
            if (t[k] >= stillFrom || t[k] <= stillUntil) {
                // The stillness detector vouches for the stretch's head and tail. Without this a
                // free pendulum's swing, which reads much like rest, could creep into them.
                pin(x, p, 1, REST_RATE_VARIANCE);
                pin(x, p, 2, REST_ACCEL_VARIANCE);
            }
            System.arraycopy(x, 0, xFilt, k * N, N);
            System.arraycopy(p, 0, pFilt, k * N * N, N * N);
        }
        return cost;
    }

    /** Rauch-Tung-Striebel pass over the stored filter steps into the smoothed path. */
    void backward() {
        double[] xs = new double[N];
        double[] diff = new double[N];
        System.arraycopy(xFilt, (n - 1) * N, xs, 0, N);
        System.arraycopy(xs, 0, xSmooth, (n - 1) * N, N);
        for (int k = n - 2; k >= 0; k--) {
            // C = Pf F^T Pp^-1, so C^T = Pp^-1 (F Pf): solve with the Cholesky factor of Pp.
            double dt = t[k + 1] - t[k];
            double h = 0.5 * dt * dt;
            System.arraycopy(pFilt, k * N * N, tmp, 0, N * N);
            for (int j = 0; j < N; j++) {
                tmp[j] += dt * tmp[N + j] + h * tmp[2 * N + j];
                tmp[N + j] += dt * tmp[2 * N + j];
            }
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
                xs[i] = s;
            }
            System.arraycopy(xs, 0, xSmooth, k * N, N);
        }
    }

    /**
     * -2 log posterior (without constants) of the stored smoothed path under the full model, sensor
     * errors free: the objective the Gauss-Newton passes are meant to lower, which the filter's own
     * likelihood (of the linearised problem) is not. Each sample's readings are judged with its own
     * lever and sensor errors, which the smoother keeps all but constant.
     *
     * @param leverCov covariance of the lever's prior (p, q) as {pp, pq, qp, qq}
     */
    double pathCost(double leverP, double leverQ, double[] leverCov) {
        double[] x = xSmooth;
        double cost = 0;
        // The start: rest, at the rest's angle as read through the sensor's errors.
        double c = Math.cos(startAngle);
        double s = Math.sin(startAngle);
        double psi0 = startAngle + s / gravity * x[5] - c / gravity * x[6] + 2 * s * c * x[7] + (s * s - c * c) * x[8];
        cost += sq(x[0] - psi0) / sq(START_ANGLE_STD_RAD) + sq(x[1] / START_RATE_STD_RAD_S)
                + sq(x[2] / START_ACCEL_STD_RAD_S2);
        double dp = x[3] - leverP;
        double dq = x[4] - leverQ;
        double det = leverCov[0] * leverCov[3] - leverCov[1] * leverCov[2];
        cost += (dp * dp * leverCov[3] - dp * dq * (leverCov[1] + leverCov[2]) + dq * dq * leverCov[0]) / det;
        cost += (sq(x[5]) + sq(x[6])) / sq(BIAS_STD_MPS2) + (sq(x[7]) + sq(x[8])) / sq(SCALE_STD);
        for (int k = 0; k < n; k++) {
            int o = k * N;
            if (k > 0) {
                // White jerk between samples: the residual of the constant-acceleration step.
                double dt = t[k] - t[k - 1];
                int b = o - N;
                double r0 = x[o] - x[b] - dt * x[b + 1] - 0.5 * dt * dt * x[b + 2];
                double r1 = x[o + 1] - x[b + 1] - dt * x[b + 2];
                double r2 = x[o + 2] - x[b + 2];
                cost += jerkCost(r0, r1, r2, dt);
            }
            double psi = x[o];
            double w2 = x[o + 1] * x[o + 1];
            double a = x[o + 2];
            double fx = gravity * Math.cos(psi) + x[o + 3] * w2 - x[o + 4] * a;
            double fy = gravity * Math.sin(psi) + x[o + 3] * a + x[o + 4] * w2;
            double rx = mx[k] - ((1 + x[o + 7]) * fx + x[o + 8] * fy + x[o + 5]);
            double ry = my[k] - (x[o + 8] * fx + (1 - x[o + 7]) * fy + x[o + 6]);
            cost += (rx * rx + ry * ry) / READING_VARIANCE;
            if (t[k] >= stillFrom || t[k] <= stillUntil) {
                cost += sq(x[o + 1]) / REST_RATE_VARIANCE + sq(x[o + 2]) / REST_ACCEL_VARIANCE;
            }
        }
        return cost;
    }

    /** r^T Q^-1 r for the white-jerk covariance Q of one step of length dt. */
    private static double jerkCost(double r0, double r1, double r2, double dt) {
        // Scaled so that Q becomes dt-free: with u = (r0 / dt^2, r1 / dt, r2), Q = q dt (1/20 1/8 1/6; 1/8 1/3 1/2; 1/6 1/2 1).
        double u0 = r0 / (dt * dt);
        double u1 = r1 / dt;
        double u2 = r2;
        // Inverse of that matrix, times 1.
        double v = 720 * u0 * u0 + 192 * u1 * u1 + 9 * u2 * u2
                + 2 * (-360 * u0 * u1 + 60 * u0 * u2 - 36 * u1 * u2);
        return v / (JERK_DENSITY * dt);
    }

    private static double sq(double v) {
        return v * v;
    }

    /** Copies the smoothed path out (n * N values). */
    void savePath(double[] into) {
        System.arraycopy(xSmooth, 0, into, 0, n * N);
    }

    /** Replaces the smoothed path by from + share (path - from), and the end state by its last sample. */
    void blendPath(double[] from, double share) {
        for (int i = 0; i < n * N; i++) {
            xSmooth[i] = from[i] + share * (xSmooth[i] - from[i]);
        }
        System.arraycopy(xSmooth, (n - 1) * N, xEnd, 0, N);
    }

    /** Sets the lever and sensor errors along the stored smoothed path (a path to linearise about). */
    void setPathConstants(double leverP, double leverQ) {
        for (int k = 0; k < n; k++) {
            xSmooth[k * N + 3] = leverP;
            xSmooth[k * N + 4] = leverQ;
            for (int i = 5; i < N; i++) {
                xSmooth[k * N + i] = 0;
            }
        }
    }

    /** Smoothed state i (0 angle, 1 rate, 2 angular acceleration) at sample k. */
    double smoothed(int k, int i) {
        return xSmooth[k * N + i];
    }

    /** The last filtered state (the lever's smoothed value, as the lever is constant). */
    double[] end() {
        return xEnd;
    }

    /** The last filtered covariance, N x N row by row. */
    double[] endCovariance() {
        return pEnd;
    }

    private void predict(double[] x, double[] p, double dt) {
        x[0] += dt * x[1] + 0.5 * dt * dt * x[2];
        x[1] += dt * x[2];
        // F P F^T in place: F differs from the identity only where the angle meets its derivatives.
        double h = 0.5 * dt * dt;
        for (int j = 0; j < N; j++) {
            p[j] += dt * p[N + j] + h * p[2 * N + j];
            p[N + j] += dt * p[2 * N + j];
        }
        for (int i = 0; i < N; i++) {
            int r = i * N;
            p[r] += dt * p[r + 1] + h * p[r + 2];
            p[r + 1] += dt * p[r + 2];
        }
        // White jerk integrated over the step.
        double q = JERK_DENSITY;
        double dt2 = dt * dt;
        double dt3 = dt2 * dt;
        p[0] += q * dt3 * dt2 / 20;
        p[1] += q * dt2 * dt2 / 8;
        p[2] += q * dt3 / 6;
        p[N] += q * dt2 * dt2 / 8;
        p[N + 1] += q * dt3 / 3;
        p[N + 2] += q * dt2 / 2;
        p[2 * N] += q * dt3 / 6;
        p[2 * N + 1] += q * dt2 / 2;
        p[2 * N + 2] += q * dt;
        for (int i = 3; i < N; i++) {
            p[i * N + i] += LEVER_NOISE_PER_S * dt;
        }
    }

    /**
     * Measurement update, linearised about the smoothed path at offset lin (lin >= 0) or, without a path,
     * about the updated angle and its derivatives (an iterated update): at 10 Hz a step can move
     * the angle by tens of degrees, and a reading linearised about the prediction alone can lose
     * the swing. The lever and sensor errors stay linearised about the prediction, as iterating
     * them lets one fast reading drag the lever far off. Returns the innovation's -2 log
     * likelihood (without the constant).
     */
    private double update(double[] x, double[] p, double zx, double zy, int lin) {
        if (lin >= 0) {
            return updateAbout(x, p, zx, zy, xSmooth, lin);
        }
        System.arraycopy(x, 0, xPrior, 0, N);
        System.arraycopy(p, 0, pPrior, 0, N * N);
        System.arraycopy(x, 0, linPoint, 0, N);
        double cost = updateAbout(x, p, zx, zy, x, 0);
        for (int i = 0; i < UPDATE_ITERATIONS && movedFrom(x, linPoint); i++) {
            System.arraycopy(x, 0, linPoint, 0, 3);
            System.arraycopy(xPrior, 0, x, 0, N);
            System.arraycopy(pPrior, 0, p, 0, N * N);
            cost = updateAbout(x, p, zx, zy, linPoint, 0);
        }
        return cost;
    }

    /** The update moved the angle or its derivatives far enough from the linearisation point to redo it. */
    private static boolean movedFrom(double[] x, double[] l) {
        return Math.abs(x[0] - l[0]) > ITERATE_ANGLE_RAD || Math.abs(x[1] - l[1]) > ITERATE_RATE_RAD_S
                || Math.abs(x[2] - l[2]) > ITERATE_ACCEL_RAD_S2;
    }

    /**
     * Measurement update linearised about l (from offset o); when l is not x itself the innovation
     * allows for the difference (an iterated or Gauss-Newton step).
     */
    private double updateAbout(double[] x, double[] p, double zx, double zy, double[] l, int o) {
        double psi = l[o];
        double w = l[o + 1];
        double a = l[o + 2];
        double lp = l[o + 3];
        double lq = l[o + 4];
        double bx = l[o + 5];
        double by = l[o + 6];
        double d1 = l[o + 7];
        double d2 = l[o + 8];
        double g = gravity;
        double c = Math.cos(psi);
        double s = Math.sin(psi);
        double w2 = w * w;
        // The specific force in the plane and its derivatives by (psi, omega, alpha, p, q)...
        double fx = g * c + lp * w2 - lq * a;
        double fy = g * s + lp * a + lq * w2;
        h0[0] = -g * s;
        h0[1] = 2 * lp * w;
        h0[2] = -lq;
        h0[3] = w2;
        h0[4] = -a;
        h1[0] = g * c;
        h1[1] = 2 * lq * w;
        h1[2] = lp;
        h1[3] = a;
        h1[4] = w2;
        // ...as read: (I + D) f + b, with D = (d1, d2; d2, -d1).
        for (int j = 0; j < 5; j++) {
            double j0 = h0[j];
            double j1 = h1[j];
            h0[j] = (1 + d1) * j0 + d2 * j1;
            h1[j] = d2 * j0 + (1 - d1) * j1;
        }
        double rx = zx - ((1 + d1) * fx + d2 * fy + bx);
        double ry = zy - (d2 * fx + (1 - d1) * fy + by);
        h0[5] = 1;
        h0[6] = 0;
        h0[7] = fx;
        h0[8] = fy;
        h1[5] = 0;
        h1[6] = 1;
        h1[7] = -fy;
        h1[8] = fx;
        if (l != x) {
            // Innovation about the linearisation point: z - h(l) - H (x - l).
            for (int j = 0; j < N; j++) {
                double d = x[j] - l[o + j];
                rx -= h0[j] * d;
                ry -= h1[j] * d;
            }
        }
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
        for (int i = 0; i < N; i++) {
            double k0 = ph0[i] * i00 + ph1[i] * i01;
            double k1 = ph0[i] * i01 + ph1[i] * i11;
            x[i] += k0 * rx + k1 * ry;
            for (int j = 0; j < N; j++) {
                p[i * N + j] -= k0 * ph0[j] + k1 * ph1[j];
            }
        }
        symmetrize(p);
        return Math.log(det) + rx * (i00 * rx + i01 * ry) + ry * (i01 * rx + i11 * ry);
    }

    /** Scalar update observing that state i is zero. */
    private void pin(double[] x, double[] p, int i, double variance) {
        double s = p[i * N + i] + variance;
        double innovation = -x[i];
        System.arraycopy(p, i * N, row, 0, N);
        for (int r = 0; r < N; r++) {
            double k = row[r] / s;
            x[r] += k * innovation;
            for (int c = 0; c < N; c++) {
                p[r * N + c] -= k * row[c];
            }
        }
        symmetrize(p);
    }

    /**
     * Restarts from rest at sample k: forgets the angle's derivatives (not the lever) and takes
     * the reading's angle, on the turn nearest the filter's, as gravity's.
     */
    private void restart(double[] x, double[] p, int k) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < N; j++) {
                p[i * N + j] = 0;
                p[j * N + i] = 0;
            }
        }
        p[0] = RESTART_ANGLE_STD_RAD * RESTART_ANGLE_STD_RAD;
        p[N + 1] = START_RATE_STD_RAD_S * START_RATE_STD_RAD_S;
        p[2 * N + 2] = START_ACCEL_STD_RAD_S2 * START_ACCEL_STD_RAD_S2;
        double a = Math.atan2(my[k], mx[k]);
        x[0] = a + 2 * Math.PI * Math.rint((x[0] - a) / (2 * Math.PI));
        x[1] = 0;
        x[2] = 0;
    }

    private static void symmetrize(double[] p) {
        for (int i = 0; i < N; i++) {
            for (int j = i + 1; j < N; j++) {
                double m = 0.5 * (p[i * N + j] + p[j * N + i]);
                p[i * N + j] = m;
                p[j * N + i] = m;
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
}
