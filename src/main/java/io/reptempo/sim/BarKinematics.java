package io.reptempo.sim;

/** A translating barbell, optionally tilting slightly, with tremor. World z is up. */
final class BarKinematics implements Kinematics {

    private final MotionTrack vertical;
    private final MotionTrack horizontal;
    private final double gravityMps2;
    private final BarTilt tilt;
    private final Tremor tremor;
    private final double[] v = new double[3];
    private final double[] h = new double[3];
    private final double[] f = new double[3];
    private final double[] rot = new double[9];
    private final double[] omega = new double[3];

    /** tilt and tremor may be null (ideal motion). */
    BarKinematics(MotionTrack vertical, MotionTrack horizontal, double gravityMps2, BarTilt tilt, Tremor tremor) {
        this.vertical = vertical;
        this.horizontal = horizontal;
        this.gravityMps2 = gravityMps2;
        this.tilt = tilt;
        this.tremor = tremor;
    }

    @Override
    public void evaluate(double t, double[] out) {
        vertical.evaluate(t, v);
        horizontal.evaluate(t, h);
        f[0] = h[2];
        f[1] = 0.0;
        f[2] = v[2] + gravityMps2;
        if (tremor != null) {
            tremor.add(t, f);
        }
        if (tilt == null) {
            out[0] = f[0];
            out[1] = f[1];
            out[2] = f[2];
            out[3] = 0.0;
            out[4] = 0.0;
            out[5] = 0.0;
            return;
        }
        tilt.evaluate(t, rot, omega);
        // Bar-frame reading = R^T f_world.
        out[0] = rot[0] * f[0] + rot[3] * f[1] + rot[6] * f[2];
        out[1] = rot[1] * f[0] + rot[4] * f[1] + rot[7] * f[2];
        out[2] = rot[2] * f[0] + rot[5] * f[1] + rot[8] * f[2];
        out[3] = omega[0];
        out[4] = omega[1];
        out[5] = omega[2];
    }
}
