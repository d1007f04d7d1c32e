package io.reptempo.motion;

/**
 * Normal of the plane that the readings of a segment turning about one joint lie in: gravity and
 * the swing's own acceleration both stay in that plane, so it is the direction of least spread.
 */
final class RotationPlane {
    private static final int SWEEPS = 20;

    private RotationPlane() {
    }

    /** Unit normal (either sign) of the plane through the origin that best fits the first n vectors. */
    static double[] normal(double[] x, double[] y, double[] z, int n) {
        double[][] m = new double[3][3];
        for (int i = 0; i < n; i++) {
            double[] v = {x[i], y[i], z[i]};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    m[r][c] += v[r] * v[c];
                }
            }
        }
        return leastEigenvector(m);
    }

    /** Eigenvector of the smallest eigenvalue of a symmetric 3x3 matrix (cyclic Jacobi rotations). */
    static double[] leastEigenvector(double[][] a) {
        double[][] m = {a[0].clone(), a[1].clone(), a[2].clone()};
        double[][] v = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            double off = m[0][1] * m[0][1] + m[0][2] * m[0][2] + m[1][2] * m[1][2];
            double scale = m[0][0] * m[0][0] + m[1][1] * m[1][1] + m[2][2] * m[2][2];
            if (off <= 1e-30 * scale) {
                break;
            }
            for (int p = 0; p < 2; p++) {
                for (int q = p + 1; q < 3; q++) {
                    if (m[p][q] == 0) {
                        continue;
                    }
                    double theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    rotate(m, v, p, q, c, s);
                }
            }
        }
        int least = 0;
        for (int i = 1; i < 3; i++) {
            if (m[i][i] < m[least][least]) {
                least = i;
            }
        }
        return new double[] {v[0][least], v[1][least], v[2][least]};
    }

    /** Applies the Jacobi rotation in the (p, q) plane: m = J^T m J, v = v J. */
    private static void rotate(double[][] m, double[][] v, int p, int q, double c, double s) {
        for (int k = 0; k < 3; k++) {
            double mkp = m[k][p];
            double mkq = m[k][q];
            m[k][p] = c * mkp - s * mkq;
            m[k][q] = s * mkp + c * mkq;
        }
        for (int k = 0; k < 3; k++) {
            double mpk = m[p][k];
            double mqk = m[q][k];
            m[p][k] = c * mpk - s * mqk;
            m[q][k] = s * mpk + c * mqk;
        }
        for (int k = 0; k < 3; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }
}
