package io.reptempo.motion;

/**
 * Learns how the size of gravity measured at rest changes with the sensor's tilt. An accelerometer
 * bias (and per-axis scale error) makes a bar that rolls two degrees read a few hundredths of a
 * m/s^2 more or less "gravity", which integrated over a slow lowering is centimetres per second.
 * At rests both the direction and the size are known; a stretch of motion between two rests is a
 * measurement too (its velocity ends where it began, so its mean vertical specific force is the
 * mean gravity along the directions it went through). A weighted linear fit of size against
 * direction predicts the size while the bar moves.
 */
final class BiasRegression {
    /**
     * Ridge weight, in seconds times squared radians: the slope stays near zero until the
     * measurements' spread in tilt outweighs it (5 s of them spread by 0.2 degrees, say), so noise
     * in a few nearly equal directions cannot make a steep slope, while a slope that many
     * measurements agree on is not shrunk.
     */
    private static final double RIDGE = 5e-5;
    /** Largest change of gravity's size the fit may predict (50 mg of bias turned by 5 degrees). */
    private static final double MAX_CHANGE_MPS2 = 0.05;
    /** Seconds of measurement before the fit predicts anything. */
    private static final double MIN_WEIGHT_SECONDS = 1.5;

    // Sums for least squares of g = c + b . (u - mean(u)), accumulated around a fixed reference.
    private final double[][] xtx = new double[4][4];
    private final double[] xty = new double[4];
    private double weight;
    private double refX, refY, refZ;
    private final double[] slope = new double[3];
    private boolean solved;

    /**
     * Adds a measurement: the (mean) direction of gravity in the sensor frame, the mean size measured
     * along it, and how many seconds of samples it stands for (its noise falls with their root).
     */
    void add(double ux, double uy, double uz, double size, double seconds) {
        if (weight == 0) {
            refX = ux;
            refY = uy;
            refZ = uz;
        }
        double[] x = {1, ux - refX, uy - refY, uz - refZ};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                xtx[i][j] += seconds * x[i] * x[j];
            }
            xty[i] += seconds * x[i] * size;
        }
        weight += seconds;
        solved = false;
    }

    /** Predicted change of gravity's size going from direction a to direction b (0 until learnt). */
    double sizeChange(double ax, double ay, double az, double bx, double by, double bz) {
        if (weight < MIN_WEIGHT_SECONDS) {
            return 0;
        }
        if (!solved) {
            solve();
        }
        double change = slope[0] * (bx - ax) + slope[1] * (by - ay) + slope[2] * (bz - az);
        return Math.max(-MAX_CHANGE_MPS2, Math.min(MAX_CHANGE_MPS2, change));
    }

    private void solve() {
        double[][] a = new double[4][5];
        for (int i = 0; i < 4; i++) {
            System.arraycopy(xtx[i], 0, a[i], 0, 4);
            if (i > 0) {
                a[i][i] += RIDGE;
            }
            a[i][4] = xty[i];
        }
        // Gaussian elimination with partial pivoting on the 4x4 normal equations.
        for (int c = 0; c < 4; c++) {
            int p = c;
            for (int r = c + 1; r < 4; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            double[] tmp = a[c];
            a[c] = a[p];
            a[p] = tmp;
            if (Math.abs(a[c][c]) < 1e-15) {
                java.util.Arrays.fill(slope, 0);
                solved = true;
                return;
            }
            for (int r = c + 1; r < 4; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k < 5; k++) {
                    a[r][k] -= f * a[c][k];
                }
            }
        }
        double[] x = new double[4];
        for (int r = 3; r >= 0; r--) {
            double s = a[r][4];
            for (int k = r + 1; k < 4; k++) {
                s -= a[r][k] * x[k];
            }
            x[r] = s / a[r][r];
        }
        slope[0] = x[1];
        slope[1] = x[2];
        slope[2] = x[3];
        solved = true;
    }
}
