package io.reptempo.sim;

/**
 * A segment swinging about a horizontal joint axis (world y), angle theta from hanging straight down.
 * The segment frame is (tangential, axis, toward the joint): when hanging still it reads (0, 0, +g).
 */
final class LimbKinematics implements Kinematics {

    private final MotionTrack angleDeg;
    private final double radiusM;
    private final double gravityMps2;
    private final Tremor tremor;
    private final double[] a = new double[3];
    private final double[] f = new double[3];

    /** tremor may be null. */
    LimbKinematics(MotionTrack angleDeg, double radiusM, double gravityMps2, Tremor tremor) {
        this.angleDeg = angleDeg;
        this.radiusM = radiusM;
        this.gravityMps2 = gravityMps2;
        this.tremor = tremor;
    }

    @Override
    public void evaluate(double t, double[] out) {
        angleDeg.evaluate(t, a);
        double theta = Math.toRadians(a[0]);
        double omega = Math.toRadians(a[1]);
        double alpha = Math.toRadians(a[2]);
        double s = Math.sin(theta);
        double c = Math.cos(theta);
        // Radial unit vector (joint to sensor) e_r = (s, 0, -c); tangential e_t = (c, 0, s).
        double tangential = radiusM * alpha;
        double centripetal = radiusM * omega * omega;
        f[0] = tangential * c - centripetal * s;
        f[1] = 0.0;
        f[2] = tangential * s + centripetal * c + gravityMps2;
        if (tremor != null) {
            tremor.add(t, f);
        }
        out[0] = f[0] * c + f[2] * s;
        out[1] = f[1];
        out[2] = -f[0] * s + f[2] * c;
        // Rising theta turns the segment about -y; the segment's second axis is +y.
        out[3] = 0.0;
        out[4] = -omega;
        out[5] = 0.0;
    }
}
