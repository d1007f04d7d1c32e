package io.reptempo.motion;

/**
 * Accelerometer bias in the plane of rotation, from the mean readings at rests: gravity has one
 * size at every rest, so rests at different angles show the bias along the chords between them.
 * Across the chords only gravity's known size (9.78-9.83 m/s^2 on Earth, read through ~1 % of
 * scale error) says something, and a weak prior keeps what is left near zero.
 *
 * <p>Each rest m gives {@code |m - b|^2 = G^2}, linear in (b, c = G^2 - |b|^2):
 * {@code 2 m.b + c = |m|^2}; solved by least squares with priors on b and c.
 */
final class RestBiasFit {
    /**
     * Prior weight on the bias (in the units of the equations, (m/s^2)^2 squared): each equation is
     * good to ~1 (0.05 m/s^2 of size at 10 m/s^2, doubled), the bias is within ~0.3 m/s^2.
     */
    static final double BIAS_PRIOR_WEIGHT = 1.0 / (0.3 * 0.3);
    /** Standard gravity; the local value is within 0.03 m/s^2 of it anywhere on Earth. */
    static final double GRAVITY_MPS2 = 9.806;
    /** Expected |b|^2 in the plane for a bias of up to 5 % of g per axis, (m/s^2)^2. */
    static final double EXPECTED_BIAS_SQUARED = 0.15;
    /**
     * The size of gravity as read, uncertain by ~0.1 m/s^2 (mostly the accelerometer's scale
     * error), as a weight on c: 1 / (2 G 0.1)^2.
     */
    static final double GRAVITY_PRIOR_WEIGHT = 1.0 / Math.pow(2 * GRAVITY_MPS2 * 0.1, 2);

    private final double[] normal = new double[9];
    private final double[] rhs = new double[3];

    /** Adds the mean reading at one rest, in plane coordinates (m/s^2). */
    void addRest(double x, double y) {
        double[] row = {2 * x, 2 * y, 1};
        double value = x * x + y * y;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                normal[i * 3 + j] += row[i] * row[j];
            }
            rhs[i] += row[i] * value;
        }
    }

    /** The plane's second direction was turned round. */
    void mirror() {
        normal[1] = -normal[1];
        normal[3] = -normal[3];
        normal[5] = -normal[5];
        normal[7] = -normal[7];
        rhs[1] = -rhs[1];
    }

    /** An independent copy, to add rests to for one stretch only. */
    RestBiasFit copy() {
        RestBiasFit c = new RestBiasFit();
        System.arraycopy(normal, 0, c.normal, 0, normal.length);
        System.arraycopy(rhs, 0, c.rhs, 0, rhs.length);
        return c;
    }


    /** {bias x, bias y, gravity} (m/s^2); needs at least one rest. */
    double[] solve() {
        double[][] a = new double[3][4];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                a[i][j] = normal[i * 3 + j];
            }
            a[i][3] = rhs[i];
        }
        a[0][0] += BIAS_PRIOR_WEIGHT;
        a[1][1] += BIAS_PRIOR_WEIGHT;
        a[2][2] += GRAVITY_PRIOR_WEIGHT;
        a[2][3] += GRAVITY_PRIOR_WEIGHT * (GRAVITY_MPS2 * GRAVITY_MPS2 - EXPECTED_BIAS_SQUARED);
        // Gaussian elimination with partial pivoting on the 3x3 system.
        for (int c = 0; c < 3; c++) {
            int pivot = c;
            for (int r = c + 1; r < 3; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] swap = a[c];
            a[c] = a[pivot];
            a[pivot] = swap;
            for (int r = c + 1; r < 3; r++) {
                double k = a[r][c] / a[c][c];
                for (int j = c; j < 4; j++) {
                    a[r][j] -= k * a[c][j];
                }
            }
        }
        double[] x = new double[3];
        for (int r = 2; r >= 0; r--) {
            double s = a[r][3];
            for (int j = r + 1; j < 3; j++) {
                s -= a[r][j] * x[j];
            }
            x[r] = s / a[r][r];
        }
        double g2 = x[2] + x[0] * x[0] + x[1] * x[1];
        return new double[] {x[0], x[1], Math.sqrt(Math.max(g2, 0))};
    }
}
