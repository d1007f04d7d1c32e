package io.reptempo.motion;

import java.util.Arrays;

/**
 * Angle of a swinging segment between two rests from accelerometer readings alone: an extended
 * Kalman filter run forward and smoothed backward (Rauch-Tung-Striebel), iterated about its own
 * smoothed path, whose model adds the swing's own acceleration to gravity, with the lever
 * (joint-to-sensor distance and direction) learnt from the data and carried from one stretch to
 * the next.
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
    static final double JERK_DENSITY = Double.parseDouble(System.getProperty("jerk", "2.0e4"));
    /** Per-sample noise of the in-plane reading, (m/s^2)^2: sensor noise, tremor and model error. */
    static final double READING_VARIANCE = sq(Double.parseDouble(System.getProperty("noise", "0.05")));
    static final double RADIAL_VARIANCE = sq(Double.parseDouble(System.getProperty("radial", "0.05")));
    /** Lever uncertainty never shrinks below this between stretches (the strap can slip). */
    static final double LEVER_FLOOR_STD_M = Double.parseDouble(System.getProperty("pfloor", "0.02"));
    /** Uncertainty of the angle and its derivatives at the rest a stretch starts from. */
    static final double START_ANGLE_STD_RAD = Math.toRadians(1.0);
    static final double START_RATE_STD_RAD_S = Math.toRadians(2.0);
    static final double START_ACCEL_STD_RAD_S2 = 0.2;
    /** Ladder of fixed levers tried before the lever is known: 5 cm (a wrist strap) to over a metre. */
    static final double LEVER_LADDER_MIN_M = 0.05;
    static final double LEVER_LADDER_MAX_M = 1.3;
    static final double LEVER_LADDER_STEP = Math.sqrt(2);
    /** Uncertainty of the ladder's pick: half a rung either way. */
    static final double LADDER_SHARE_STD = Double.parseDouble(System.getProperty("lshare", "0.2"));
    static final double LADDER_SIDE_SHARE_STD = Double.parseDouble(System.getProperty("lside", "0.2"));
    /** A swing this fast has shown the lever: later stretches refine it instead of searching. */
    static final double LEVER_KNOWN_RATE_RAD_S = Math.toRadians(Double.parseDouble(System.getProperty("lknown", "50")));
    /** Swings faster than this refine the lever once it is known. */
    static final double LEVER_LEARN_RATE_RAD_S = Math.toRadians(Double.parseDouble(System.getProperty("llearn", "50")));
    /** Rate and angular acceleration seen at a rest: about 2 deg/s and 0.3 rad/s^2 of doubt. */
    static final double REST_RATE_VARIANCE = sq(Math.toRadians(Double.parseDouble(System.getProperty("restw", "2"))));
    static final double REST_ACCEL_VARIANCE = sq(Double.parseDouble(System.getProperty("resta", "0.3")));
    /** Passes of the smoother, each linearised about the previous one's path (Gauss-Newton). */
    static final int PASSES = Integer.parseInt(System.getProperty("passes", "3"));
    /** Stops: the reading's mean moves less than this between two halves of a 0.1 s window... */
    static final double STOP_HALF_WINDOW_SECONDS = Double.parseDouble(System.getProperty("stopw", "0.05"));
    static final double STOP_CHANGE_MPS2 = Double.parseDouble(System.getProperty("stopd", "0.1"));
    /** How still such a stop is taken to be: the test lets through about 12 deg/s. */
    static final double STOP_RATE_VARIANCE = sq(Math.toRadians(Double.parseDouble(System.getProperty("stoprate", "8"))));
    static final double STOP_ACCEL_VARIANCE = sq(Double.parseDouble(System.getProperty("stopacc", "1")));
    /** ...and its size is gravity's within this. */
    static final double STOP_SIZE_MPS2 = Double.parseDouble(System.getProperty("stops", "0.2"));
    /** Readings are averaged in blocks down to at most this rate before smoothing. */
    static final double MAX_SMOOTHING_RATE_HZ = Double.parseDouble(System.getProperty("maxrate", "200"));
    /** Span over which the reading's turn rate is judged. */
    static final double RATE_SPAN_SECONDS = 0.1;
    private static final double[] FIXED_LEVER_COV = {1e-10, 0, 0, 1e-10};

    private boolean leverKnown;
    private double leverP = 0.5;
    private double leverQ;
    private final double[] leverCov = {0.25, 0, 0, 0.0625};

    // The stretch being smoothed.
    private double[] t;
    private double[] mx;
    private double[] my;
    private int n;
    private double gravity;
    private double startAngle;
    private double stillFrom;
    private double stillUntil;

    private boolean[] stop = new boolean[0];
    private boolean innerStops;
    private double[] xPred = new double[0];
    private double[] pPred = new double[0];
    private double[] xFilt = new double[0];
    private double[] pFilt = new double[0];
    private double[] xSmooth = new double[0];
    private final double[] xEnd = new double[N];
    private final double[] endBest = new double[N];
    private final double[] covBest = new double[N * N];
    private final double[] pEnd = new double[N * N];
    private final double[] f = new double[N * N];
    private final double[] tmp = new double[N * N];
    private final double[] tmp2 = new double[N * N];
    private final double[] chol = new double[N * N];
    private final double[] h0 = new double[N];
    private final double[] h1 = new double[N];
    private final double[] ph0 = new double[N];
    private final double[] ph1 = new double[N];

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
     * @param stillUntil up to this time the segment is known to be still (-infinity if never)
     * @param stillFrom  from this time on the segment is known to be still (infinity if never)
     * @param angle      out: smoothed angle, rad
     * @param rate       out: smoothed angular velocity, rad/s
     */
    void smooth(double[] t, double[] mx, double[] my, int n, double gravity, double startAngle,
                double stillUntil, double stillFrom, double[] angle, double[] rate) {
        // Limb movements need no more than ~100 samples a second; averaging blocks of samples
        // down to that cuts the noise and the work, and the smoothed state (angle, rate and
        // angular acceleration) carries the angle back to every sample's time.
        double meanStep = n > 1 ? (t[n - 1] - t[0]) / (n - 1) : 1;
        int block = Math.max(1, (int) Math.floor(1.0 / (MAX_SMOOTHING_RATE_HZ * meanStep) + 1e-9));
        int m = (n + block - 1) / block;
        double[] bt = new double[m];
        double[] bx = new double[m];
        double[] by = new double[m];
        for (int j = 0; j < m; j++) {
            int from = j * block;
            int to = Math.min(n, from + block);
            for (int i = from; i < to; i++) {
                bt[j] += t[i];
                bx[j] += mx[i];
                by[j] += my[i];
            }
            bt[j] /= to - from;
            bx[j] /= to - from;
            by[j] /= to - from;
        }
        double[] bAngle = new double[m];
        double[] bRate = new double[m];
        double[] bAccel = new double[m];
        smoothBlocks(bt, bx, by, m, gravity, startAngle, stillUntil, stillFrom, bAngle, bRate, bAccel);
        for (int i = 0; i < n; i++) {
            int j = Math.min(m - 1, i / block);
            double dt = t[i] - bt[j];
            angle[i] = bAngle[j] + dt * bRate[j] + 0.5 * dt * dt * bAccel[j];
            rate[i] = bRate[j] + dt * bAccel[j];
        }
    }

    private void smoothBlocks(double[] t, double[] mx, double[] my, int n, double gravity, double startAngle,
                              double stillUntil, double stillFrom, double[] angle, double[] rate, double[] accel) {
        this.t = t;
        this.mx = mx;
        this.my = my;
        this.n = n;
        this.gravity = gravity;
        this.startAngle = startAngle;
        this.stillFrom = stillFrom;
        this.stillUntil = stillUntil;
        ensureCapacity(n);
        findStops();
        if (!leverKnown && System.getProperty("noladder") == null) {
            // Before the lever is known the filter can explain a swing's push by the wrong lever
            // and never recover; so first try a ladder of fixed levers and keep the likeliest.
            double best = Double.POSITIVE_INFINITY;
            double bestLever = leverP;
            for (double lever = LEVER_LADDER_MIN_M; lever <= LEVER_LADDER_MAX_M; lever *= LEVER_LADDER_STEP) {
                double cost = forward(lever, 0, FIXED_LEVER_COV, false, true);
                if (cost < best) {
                    best = cost;
                    bestLever = lever;
                }
            }
            leverP = bestLever;
            leverQ = 0;
            leverCov[0] = sq(LADDER_SHARE_STD * bestLever);
            leverCov[1] = 0;
            leverCov[2] = 0;
            leverCov[3] = sq(LADDER_SIDE_SHARE_STD * bestLever);
        }
        // Only a fast swing shows the lever above the accelerometer's own errors (a slow lowering
        // would pull it anywhere), so once it is known only fast swings refine it.
        boolean learn = !leverKnown || readingRatePeak() > LEVER_LEARN_RATE_RAD_S;
        solve(learn ? leverCov : FIXED_LEVER_COV, angle, rate, accel);
        double peak = 0;
        for (int k = 0; k < n; k++) {
            peak = Math.max(peak, Math.abs(rate[k]));
        }
        if (learn) {
            // The lever is constant, so its smoothed value is the last filtered one.
            leverP = Math.max(0, xEnd[3]);
            leverQ = xEnd[4];
            double floor = LEVER_FLOOR_STD_M * LEVER_FLOOR_STD_M;
            leverCov[0] = Math.max(pEnd[3 * N + 3], floor);
            leverCov[1] = pEnd[3 * N + 4];
            leverCov[2] = pEnd[4 * N + 3];
            leverCov[3] = Math.max(pEnd[4 * N + 4], floor);
        }
        leverKnown |= peak > LEVER_KNOWN_RATE_RAD_S;
        if (System.getenv("LEVER_DEBUG") != null) {
            System.out.printf(java.util.Locale.ROOT, "L %.2f-%.2f p %.3f q %.3f sd %.3f %.3f g %.3f peak %.0f%n", t[0], t[n - 1], leverP, leverQ, Math.sqrt(leverCov[0]), Math.sqrt(leverCov[3]), gravity, Math.toDegrees(peak));
        }
        this.t = null;
        this.mx = null;
        this.my = null;
    }

    /**
     * Smooths the stretch from two starting paths for the Gauss-Newton passes: one that restarts
     * from rest at every steady stop, one that does not (the end of a lowering can swing like a
     * free pendulum and read steady); the likelier result wins and is left in xEnd, pEnd.
     */
    private void solve(double[] cov, double[] angle, double[] rate, double[] accel) {
        double withStops = passes(true, cov);
        System.arraycopy(xEnd, 0, endBest, 0, N);
        System.arraycopy(pEnd, 0, covBest, 0, N * N);
        for (int k = 0; k < n; k++) {
            angle[k] = xSmooth[k * N];
            rate[k] = xSmooth[k * N + 1];
            accel[k] = xSmooth[k * N + 2];
        }
        double without = innerStops ? passes(false, cov) : Double.POSITIVE_INFINITY;
        if (without < withStops) {
            for (int k = 0; k < n; k++) {
                angle[k] = xSmooth[k * N];
                rate[k] = xSmooth[k * N + 1];
                }
        } else {
            System.arraycopy(endBest, 0, xEnd, 0, N);
            System.arraycopy(covBest, 0, pEnd, 0, N * N);
        }
    }

    /** Gauss-Newton passes from one starting path; returns the last pass's -2 log likelihood. */
    private double passes(boolean restartAtStops, double[] cov) {
        double cost = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            cost = forward(leverP, leverQ, cov, pass > 0, restartAtStops && pass == 0);
            backward();
        }
        return cost;
    }

    /**
     * Runs the filter forward, storing each step, linearising about the last smoothed path when
     * {@code iterate}; leaves the last filtered state in xEnd, pEnd. Returns -2 log likelihood.
     */
    private double forward(double lp, double lq, double[] cov, boolean iterate, boolean restartAtStops) {
        double[] x = xEnd;
        double[] p = pEnd;
        Arrays.fill(p, 0);
        x[0] = startAngle;
        x[1] = 0;
        x[2] = 0;
        x[3] = lp;
        x[4] = lq;
        p[0] = START_ANGLE_STD_RAD * START_ANGLE_STD_RAD;
        p[N + 1] = START_RATE_STD_RAD_S * START_RATE_STD_RAD_S;
        p[2 * N + 2] = START_ACCEL_STD_RAD_S2 * START_ACCEL_STD_RAD_S2;
        p[3 * N + 3] = cov[0];
        p[3 * N + 4] = cov[1];
        p[4 * N + 3] = cov[2];
        p[4 * N + 4] = cov[3];
        double cost = 0;
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                predict(x, p, t[k] - t[k - 1]);
            }
            System.arraycopy(x, 0, xPred, k * N, N);
            System.arraycopy(p, 0, pPred, k * N * N, N * N);
            if (restartAtStops && stop[k]) {
                if (k == 0 || !stop[k - 1]) {
                    restart(x, p);
                    psiAtStop(x, k);
                }
                pin(x, p, 1, STOP_RATE_VARIANCE);
                pin(x, p, 2, STOP_ACCEL_VARIANCE);
            }
            cost += update(x, p, mx[k], my[k], iterate ? k * N : -1);
            if (t[k] >= stillFrom || t[k] <= stillUntil) {
                // The stillness detector vouches for the stretch's head and tail: nothing turns
                // there. Without this a free pendulum's swing, which reads much like rest, could
                // creep into them.
                pin(x, p, 1, REST_RATE_VARIANCE);
                pin(x, p, 2, REST_ACCEL_VARIANCE);
            }
            System.arraycopy(x, 0, xFilt, k * N, N);
            System.arraycopy(p, 0, pFilt, k * N * N, N * N);
            if (DEBUG && cov != FIXED_LEVER_COV) {
                System.out.printf(java.util.Locale.ROOT, "F %.3f %.3f %.3f | %.2f %.2f %.2f %.3f %.3f%n", t[k],
                        mx[k], my[k], Math.toDegrees(x[0]), Math.toDegrees(x[1]), x[2], x[3], x[4]);
            }
        }
        return cost;
    }

    /**
     * Marks samples where the reading holds steady at gravity's size: the segment has (nearly)
     * stopped there. The first pass restarts from rest at each such stop, as a filter started at
     * rest tracks a movement well while one running into a stop can lose it; later passes let the
     * data decide (the end of a lowering can swing like a free pendulum and read steady).
     */
    private void findStops() {
        if (stop.length < n) {
            stop = new boolean[n];
        }
        SteadyReadings.mark(t, mx, my, n, STOP_HALF_WINDOW_SECONDS, STOP_CHANGE_MPS2, gravity, STOP_SIZE_MPS2, stop);
        innerStops = false;
        for (int k = 0; k < n; k++) {
            // The head and tail are pinned to rest anyway.
            stop[k] &= t[k] > stillUntil && t[k] < stillFrom;
            innerStops |= stop[k];
        }
    }

    /**
     * Fastest turn of the reading's direction over a tenth of a second, rad/s: near the angle's
     * own rate (the swing's acceleration bends it, but not by half).
     */
    private double readingRatePeak() {
        double peak = 0;
        int lo = 0;
        for (int k = 0; k < n; k++) {
            while (t[k] - t[lo] > RATE_SPAN_SECONDS) {
                lo++;
            }
            double span = t[k] - t[lo];
            if (span >= 0.5 * RATE_SPAN_SECONDS) {
                double turn = Math.atan2(mx[lo] * my[k] - my[lo] * mx[k], mx[lo] * mx[k] + my[lo] * my[k]);
                peak = Math.max(peak, Math.abs(turn) / span);
            }
        }
        return peak;
    }

    /** Forgets the angle's derivatives (not the lever) for a restart from rest. */
    private static void restart(double[] x, double[] p) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < N; j++) {
                p[i * N + j] = 0;
                p[j * N + i] = 0;
            }
        }
        p[0] = START_ANGLE_STD_RAD * START_ANGLE_STD_RAD * 25;
        p[N + 1] = START_RATE_STD_RAD_S * START_RATE_STD_RAD_S;
        p[2 * N + 2] = START_ACCEL_STD_RAD_S2 * START_ACCEL_STD_RAD_S2;
        x[1] = 0;
        x[2] = 0;
    }

    /** At a stop the reading is gravity: its angle, on the turn nearest the filter's. */
    private void psiAtStop(double[] x, int k) {
        double a = Math.atan2(my[k], mx[k]);
        x[0] = a + 2 * Math.PI * Math.rint((x[0] - a) / (2 * Math.PI));
    }

    /** Rauch-Tung-Striebel pass over the stored filter steps into xSmooth. */
    private void backward() {
        double[] xs = new double[N];
        System.arraycopy(xFilt, (n - 1) * N, xs, 0, N);
        System.arraycopy(xs, 0, xSmooth, (n - 1) * N, N);
        double[] diff = new double[N];
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
                xs[i] = s;
            }
            System.arraycopy(xs, 0, xSmooth, k * N, N);
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

    /**
     * Measurement update, linearised about the state itself or (lin >= 0) about xSmooth[lin..];
     * returns the innovation's -2 log likelihood (without the constant).
     */
    private double update(double[] x, double[] p, double zx, double zy, int lin) {
        double[] l = lin >= 0 ? xSmooth : x;
        int o = lin >= 0 ? lin : 0;
        double psi = l[o];
        double w = l[o + 1];
        double a = l[o + 2];
        double lp = l[o + 3];
        double lq = l[o + 4];
        double g = gravity;
        double c = Math.cos(psi);
        double s = Math.sin(psi);
        double w2 = w * w;
        double hx = g * c + lp * w2 - lq * a;
        double hy = g * s + lp * a + lq * w2;
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
        double rx = zx - hx;
        double ry = zy - hy;
        if (lin >= 0) {
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
        // Along gravity the reading is less trustworthy than across it: the accelerometer's scale
        // errors change its size, and there it feeds omega squared, which admits wrong branches.
        double extra = RADIAL_VARIANCE - READING_VARIANCE;
        double s00 = READING_VARIANCE + extra * c * c;
        double s01 = extra * c * s;
        double s11 = READING_VARIANCE + extra * s * s;
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
            // P -= K (P H^T)^T
            for (int j = 0; j < N; j++) {
                p[i * N + j] -= k0 * ph0[j] + k1 * ph1[j];
            }
        }
        symmetrize(p);
        return Math.log(det) + rx * (i00 * rx + i01 * ry) + ry * (i01 * rx + i11 * ry);
    }

    /** Scalar update observing that state i is zero. */
    private static void pin(double[] x, double[] p, int i, double variance) {
        double s = p[i * N + i] + variance;
        double innovation = -x[i];
        double[] row = new double[N];
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

    private static void symmetrize(double[] p) {
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

    private static double sq(double v) {
        return v * v;
    }

    private void ensureCapacity(int size) {
        if (xPred.length < size * N) {
            xPred = new double[size * N];
            xFilt = new double[size * N];
            xSmooth = new double[size * N];
            pPred = new double[size * N * N];
            pFilt = new double[size * N * N];
        }
    }
}
