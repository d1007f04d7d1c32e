package io.reptempo.motion;

/**
 * The limb angle over one stretch between rests from accelerometer readings alone: the readings
 * in the plane of rotation, less the accelerometer bias that the rests show, through the
 * {@link SwingAngleSmoother} (which reads what the rests leave of the bias and scale error from
 * the arc between them). Keeps what it learns about the sensor (bias, lever) for the next
 * stretch.
 */
final class AccelLimbAngles {
    /** A steady stop inside a stretch: 0.15 s whose halves agree to 0.05 m/s^2 (about 4 deg/s)... */
    static final double INNER_STOP_HALF_SECONDS = 0.075;
    static final double INNER_STOP_CHANGE_MPS2 = 0.05;
    /**
     * ...reading gravity's size to within what the bias can change (a swing can hold a reading
     * steady for a moment, at another size)...
     */
    static final double INNER_STOP_SIZE_MPS2 = 0.7;
    /** ...at least this far from the stretch's rests. */
    static final double INNER_STOP_MIN_APART_DEG = 30;

    private final SwingAngleSmoother swing = new SwingAngleSmoother();
    private final RestBiasFit restBias = new RestBiasFit();
    private boolean first = true;

    /**
     * Angle of gravity's direction about the axis, from the reference direction, for each buffered
     * reading. The first stretch also settles the axis's sign: its largest excursion, the first
     * movement, must come out positive; when it does not, the angles are turned round and true is
     * returned so that the caller turns its axis round.
     *
     * @param readings   raw accelerometer readings (m/s^2) in the buffer's up-vector columns
     * @param e1         unit vector, the reference direction in the plane of rotation
     * @param e2         unit vector, axis cross e1
     * @param startRest  mean reading at the rest the stretch starts from (m/s^2)
     * @param endRest    mean reading at the rest that ended it, or null
     * @param stillUntil the segment is known to be still up to this time
     * @param stillFrom  and from this time on (infinity when the stretch did not end at a rest)
     * @param angle      out: angle, rad
     * @param rate       out: its rate, rad/s
     */
    boolean angles(LimbSegmentBuffer readings, double[] t, double[] e1, double[] e2, double[] startRest,
                   double[] endRest, double stillUntil, double stillFrom, double[] angle, double[] rate) {
        int n = t.length;
        double[] mx = new double[n];
        double[] my = new double[n];
        for (int i = 0; i < n; i++) {
            mx[i] = readings.ux[i] * e1[0] + readings.uy[i] * e1[1] + readings.uz[i] * e1[2];
            my[i] = readings.ux[i] * e2[0] + readings.uy[i] * e2[1] + readings.uz[i] * e2[2];
        }
        double sx = dot(startRest, e1);
        double sy = dot(startRest, e2);
        if (first) {
            restBias.addRest(sx, sy);
        }
        double endAngle = Double.NaN;
        if (endRest != null) {
            restBias.addRest(dot(endRest, e1), dot(endRest, e2));
            endAngle = Math.atan2(dot(endRest, e2), dot(endRest, e1));
        }
        // Gravity has one size at every rest; the accelerometer's bias changes the size it reads,
        // which the swing model would otherwise take for centripetal acceleration.
        RestBiasFit stretchBias = restBias.copy();
        addInnerStops(stretchBias, t, mx, my, Math.atan2(sy, sx), endAngle);
        double[] fit = stretchBias.solve();
        for (int i = 0; i < n; i++) {
            mx[i] -= fit[0];
            my[i] -= fit[1];
        }
        double start = Math.atan2(sy - fit[1], sx - fit[0]);
        swing.smooth(t, mx, my, n, fit[2], start, stillUntil, stillFrom, angle, rate);
        boolean turn = false;
        if (first) {
            double far = 0;
            for (int i = 0; i < n; i++) {
                if (Math.abs(angle[i] - start) > Math.abs(far)) {
                    far = angle[i] - start;
                }
            }
            if (far < 0) {
                for (int i = 0; i < n; i++) {
                    angle[i] = -angle[i];
                    rate[i] = -rate[i];
                }
                swing.mirror();
                restBias.mirror();
                turn = true;
            }
            first = false;
        }
        return turn;
    }

    /**
     * A stretch that starts and ends in one place shows no chord between its rests, yet the bias
     * matters at its far end; a steady stop there (the top of a curl held too briefly to count as
     * a rest) stands in for a rest, for this stretch only. Stops near either rest are left out: a
     * lowering can end like a free pendulum, whose steady reading is not gravity's alone.
     */
    private static void addInnerStops(RestBiasFit fit, double[] t, double[] mx, double[] my, double startAngle,
                                      double endAngle) {
        double gravity = fit.solve()[2];
        int n = t.length;
        boolean[] steady = new boolean[n];
        SteadyReadings.mark(t, mx, my, n, INNER_STOP_HALF_SECONDS, INNER_STOP_CHANGE_MPS2,
                0, Double.POSITIVE_INFINITY, steady);
        int k = 0;
        while (k < n) {
            if (!steady[k]) {
                k++;
                continue;
            }
            int end = k;
            while (end + 1 < n && steady[end + 1]) {
                end++;
            }
            // The run's readings and the window before its first one.
            double from = t[k] - 2 * INNER_STOP_HALF_SECONDS;
            double sx = 0;
            double sy = 0;
            int count = 0;
            for (int i = end; i >= 0 && t[i] >= from; i--) {
                sx += mx[i];
                sy += my[i];
                count++;
            }
            double a = Math.atan2(sy, sx);
            boolean gravityAlone = Math.abs(Math.hypot(sx, sy) / count - gravity) < INNER_STOP_SIZE_MPS2;
            if (gravityAlone && farFrom(a, startAngle) && (Double.isNaN(endAngle) || farFrom(a, endAngle))) {
                fit.addRest(sx / count, sy / count);
            }
            k = end + 1;
        }
    }

    private static boolean farFrom(double a, double b) {
        return Math.abs(Math.IEEEremainder(a - b, 2 * Math.PI)) > Math.toRadians(INNER_STOP_MIN_APART_DEG);
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
