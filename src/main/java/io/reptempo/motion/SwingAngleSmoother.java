package io.reptempo.motion;

/**
 * Angle of a swinging segment between two rests from accelerometer readings alone: an extended
 * Kalman filter run forward and smoothed backward, iterated about its own smoothed path, whose
 * model adds the swing's own acceleration to gravity, with the lever (joint-to-sensor distance
 * and direction) learnt from the data and carried from one stretch to the next.
 *
 * <p>In the plane of rotation, with psi the angle of gravity's direction from a reference
 * direction, the sensor reads {@code G u(psi) + r alpha u'(psi0) + r omega^2 u(psi0)} where
 * {@code u(a) = (cos a, sin a)} and psi0 is the direction that points at the joint. Writing
 * {@code (p, q) = r u(psi0)} makes the swing's part {@code p (omega^2, alpha) + q (-alpha, omega^2)}.
 * Alpha is driven by white jerk. The accelerometer's own bias and uneven scale error, as far as
 * the rests leave them unknown, ride along as constants: they bend the readings' arc in a way
 * the rests cannot show (see {@link SwingFilter}).
 */
final class SwingAngleSmoother {
    /** Passes of the smoother, each linearised about the previous one's path (Gauss-Newton). */
    static final int PASSES = 3;
    /** More passes while the objective still falls by more than this (a poor start needs them)... */
    static final int MAX_PASSES = 8;
    static final double CONVERGED_COST = 1.0;
    /** ...and a step is halved at most down to this share before the pass gives up. */
    static final double MIN_STEP_SHARE = 1.0 / 16;
    /** Readings are averaged in blocks down to at most this rate before smoothing. */
    static final double MAX_SMOOTHING_RATE_HZ = 200;
    /** Ladder of fixed levers tried before the lever is known: 5 cm (a wrist strap) to over a metre. */
    static final double LEVER_LADDER_MIN_M = 0.05;
    static final double LEVER_LADDER_MAX_M = 1.3;
    static final double LEVER_LADDER_STEP = Math.sqrt(2);
    /** Uncertainty of the ladder's pick, as a share of it: about half a rung. */
    static final double LADDER_SHARE_STD = 0.2;
    /** Uncertainty of the lever's side part (the joint is about where gravity pointed at rest). */
    static final double LADDER_SIDE_SHARE_STD = 0.2;
    /**
     * A swing faster than this shows the lever above the accelerometer's own errors: the first
     * ends the search, later ones refine it (a slow lowering would pull it anywhere).
     */
    static final double LEVER_LEARN_RATE_RAD_S = Math.toRadians(50);
    /** Lever uncertainty never shrinks below this between stretches (the strap can slip). */
    static final double LEVER_FLOOR_STD_M = 0.02;
    /** Span over which the reading's turn rate is judged. */
    static final double TURN_SPAN_SECONDS = 0.1;
    /**
     * Steady stops: the reading's mean moves less than this between the halves of a 0.1 s
     * window (about 12 deg/s at most)...
     */
    static final double STOP_HALF_WINDOW_SECONDS = 0.05;
    static final double STOP_CHANGE_MPS2 = 0.1;
    /** ...and its size is gravity's within this. */
    static final double STOP_SIZE_MPS2 = 0.2;
    private static final double[] FIXED_LEVER_COV = {1e-10, 0, 0, 1e-10};

    private final SwingFilter filter = new SwingFilter();
    private boolean leverKnown;
    private double leverP;
    private double leverQ;
    private final double[] leverCov = new double[4];
    private final double[] endBest = new double[SwingFilter.N];
    private final double[] covBest = new double[SwingFilter.N * SwingFilter.N];
    private double[] before = new double[0];

    /** The plane's second direction was turned round: the lever's side part changes sign. */
    void mirror() {
        leverQ = -leverQ;
        leverCov[1] = -leverCov[1];
        leverCov[2] = -leverCov[2];
    }

    /** Joint-to-sensor distance learnt so far, m (0 before any swing). */
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
     * @param gravity    size of gravity as read, m/s^2
     * @param startAngle angle of gravity's direction at the rest the stretch starts from, rad
     * @param stillUntil up to this time the segment is known to be still (-infinity if never)
     * @param stillFrom  from this time on the segment is known to be still (infinity if never)
     * @param angle      out: angle of gravity's direction, rad
     * @param rate       out: its rate, rad/s
     */
    void smooth(double[] t, double[] mx, double[] my, int n, double gravity, double startAngle,
                double stillUntil, double stillFrom, double[] angle, double[] rate) {
        // Limb movements need no more than ~100 samples a second; averaging blocks of samples
        // down to 200 Hz at most cuts the noise and the work, and the smoothed state (angle,
        // rate and angular acceleration) carries the angle back to every sample's time.
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
        double[][] state = smoothBlocks(bt, bx, by, m, gravity, startAngle, stillUntil, stillFrom);
        for (int i = 0; i < n; i++) {
            int j = Math.min(m - 1, i / block);
            double dt = t[i] - bt[j];
            angle[i] = state[0][j] + dt * state[1][j] + 0.5 * dt * dt * state[2][j];
            rate[i] = state[1][j] + dt * state[2][j];
        }
    }

    /** Smooths block-averaged readings; returns {angle, rate, angular acceleration} per block. */
    private double[][] smoothBlocks(double[] t, double[] mx, double[] my, int n, double gravity, double startAngle,
                                    double stillUntil, double stillFrom) {
        boolean[] stop = new boolean[n];
        SteadyReadings.mark(t, mx, my, n, STOP_HALF_WINDOW_SECONDS, STOP_CHANGE_MPS2, gravity, STOP_SIZE_MPS2, stop);
        boolean innerStops = false;
        for (int k = 0; k < n; k++) {
            // The head and tail are pinned to rest anyway.
            stop[k] &= t[k] > stillUntil && t[k] < stillFrom;
            innerStops |= stop[k];
        }
        filter.load(t, mx, my, n, gravity, startAngle, stillUntil, stillFrom, stop);
        if (!leverKnown) {
            // Before the lever is known the filter can explain a swing's push by the wrong lever
            // and never recover; so first try a ladder of fixed levers and keep the likeliest.
            // Each rung is judged after Gauss-Newton passes: a single filter pass linearises about
            // its own prediction, which at 10-25 Hz favours short levers (0.2 m for 0.7 m).
            double best = Double.POSITIVE_INFINITY;
            for (double lever = LEVER_LADDER_MIN_M; lever <= LEVER_LADDER_MAX_M; lever *= LEVER_LADDER_STEP) {
                double cost = filter.forward(lever, 0, FIXED_LEVER_COV, false, false, true);
                for (int pass = 1; pass < PASSES; pass++) {
                    filter.backward();
                    cost = filter.forward(lever, 0, FIXED_LEVER_COV, false, true, false);
                }
                if (cost < best) {
                    best = cost;
                    leverP = lever;
                }
            }
            leverQ = 0;
            leverCov[0] = Math.pow(LADDER_SHARE_STD * leverP, 2);
            leverCov[1] = 0;
            leverCov[2] = 0;
            leverCov[3] = Math.pow(LADDER_SIDE_SHARE_STD * leverP, 2);
        }
        boolean learn = !leverKnown || turnRatePeak(t, mx, my, n) > LEVER_LEARN_RATE_RAD_S;
        double[][] state = solve(learn ? leverCov : FIXED_LEVER_COV, n, innerStops);
        if (learn) {
            double[] x = filter.end();
            double[] p = filter.endCovariance();
            int nn = SwingFilter.N;
            leverP = Math.max(0, x[3]);
            leverQ = x[4];
            double floor = LEVER_FLOOR_STD_M * LEVER_FLOOR_STD_M;
            leverCov[0] = Math.max(p[3 * nn + 3], floor);
            leverCov[1] = p[3 * nn + 4];
            leverCov[2] = p[4 * nn + 3];
            leverCov[3] = Math.max(p[4 * nn + 4], floor);
        }
        double peak = 0;
        for (int k = 0; k < n; k++) {
            peak = Math.max(peak, Math.abs(state[1][k]));
        }
        leverKnown |= peak > LEVER_LEARN_RATE_RAD_S;
        filter.unload();
        return state;
    }

    /**
     * Gauss-Newton passes from several starting paths: one that restarts from rest at every steady
     * stop, one that does not (the end of a lowering can swing like a free pendulum and read
     * steady), and one that follows the readings' own direction (a filter run from rest can lose a
     * fast swing near the top, where the sensor is close to upside down, and never find it again).
     * The path with the lowest true objective wins, and its last state is left in the filter.
     */
    private double[][] solve(double[] leverPrior, int n, boolean innerStops) {
        if (before.length < n * SwingFilter.N) {
            before = new double[n * SwingFilter.N];
        }
        double best = passes(leverPrior, n, Start.STOPS);
        double[][] state = copyState(n);
        saveEnd();
        for (Start start : innerStops ? Start.values() : new Start[] {Start.READINGS}) {
            if (start == Start.STOPS) {
                continue;
            }
            double cost = passes(leverPrior, n, start);
            if (cost < best) {
                best = cost;
                state = copyState(n);
                saveEnd();
            }
        }
        System.arraycopy(endBest, 0, filter.end(), 0, endBest.length);
        System.arraycopy(covBest, 0, filter.endCovariance(), 0, covBest.length);
        return state;
    }

    private void saveEnd() {
        System.arraycopy(filter.end(), 0, endBest, 0, endBest.length);
        System.arraycopy(filter.endCovariance(), 0, covBest, 0, covBest.length);
    }

    /** Where the Gauss-Newton passes start from. */
    private enum Start { STOPS, PLAIN, READINGS }

    /**
     * Returns the path's true objective. The first pass (from a plain filter run) holds the
     * sensor's errors at the rests' fit; the later ones, linearised about a path that is already
     * close, let them move, and a step that raises the objective is shortened (damped
     * Gauss-Newton), as a full step from a poor path can overshoot into a worse one.
     */
    private double passes(double[] leverPrior, int n, Start start) {
        if (start == Start.READINGS) {
            // No lever: the filter follows the readings' direction, swing and all.
            filter.forward(0, 0, FIXED_LEVER_COV, false, false, false);
            filter.backward();
            filter.setPathConstants(leverP, leverQ);
        } else {
            filter.forward(leverP, leverQ, leverPrior, false, false, start == Start.STOPS);
            filter.backward();
        }
        double cost = filter.pathCost(leverP, leverQ, leverPrior);
        for (int pass = 1; pass < MAX_PASSES; pass++) {
            filter.savePath(before);
            filter.forward(leverP, leverQ, leverPrior, true, true, false);
            filter.backward();
            double next = filter.pathCost(leverP, leverQ, leverPrior);
            for (double share = 0.5; !(next < cost) && share >= MIN_STEP_SHARE; share *= 0.5) {
                filter.blendPath(before, 0.5);
                next = filter.pathCost(leverP, leverQ, leverPrior);
            }
            if (!(next < cost)) {
                filter.blendPath(before, 0);
                break;
            }
            boolean converged = cost - next < CONVERGED_COST;
            cost = next;
            if (converged && pass + 1 >= PASSES) {
                break;
            }
        }
        return cost;
    }

    private double[][] copyState(int n) {
        double[][] state = new double[3][n];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < 3; i++) {
                state[i][k] = filter.smoothed(k, i);
            }
        }
        return state;
    }

    /**
     * Fastest turn of the reading's direction over a tenth of a second, rad/s: near the angle's
     * own rate (the swing's acceleration bends it, but not by half).
     */
    private static double turnRatePeak(double[] t, double[] mx, double[] my, int n) {
        double peak = 0;
        int lo = 0;
        for (int k = 0; k < n; k++) {
            while (t[k] - t[lo] > TURN_SPAN_SECONDS) {
                lo++;
            }
            double span = t[k] - t[lo];
            if (span >= 0.5 * TURN_SPAN_SECONDS) {
                double turn = Math.atan2(mx[lo] * my[k] - my[lo] * mx[k], mx[lo] * mx[k] + my[lo] * my[k]);
                peak = Math.max(peak, Math.abs(turn) / span);
            }
        }
        return peak;
    }
}
