package io.reptempo.signal;

import io.reptempo.sensor.Sample;

/**
 * Decides whether the sensor is held still, from the spread of the low-passed acceleration
 * (and angular rate, when there is a gyroscope) over a short sliding window of sample time.
 *
 * <p>Acceleration alone cannot tell rest from a steady slow movement; the motion estimators
 * add their own velocity test on top of this one.
 */
public final class StillnessDetector {
    /** Long enough to hold 3+ samples at 12.5 Hz, short enough to catch a 0.5 s pause. */
    public static final double DEFAULT_WINDOW_SECONDS = 0.3;
    /**
     * Smoothed-acceleration spread below which the sensor counts as still. Sensor noise after the
     * 5 Hz smoothing is ~0.01 m/s^2 for a 400 ug/sqrt(Hz) part; starting a slow lowering takes
     * 0.2 m/s^2 or more.
     */
    public static final double DEFAULT_ACCEL_SPREAD = 0.06;
    /** Angular rate (after bias removal) below which a limb counts as still: about 4 deg/s. */
    public static final double DEFAULT_GYRO_RATE = 0.07;
    private static final double SMOOTHING_CUTOFF_HZ = 5.0;
    /**
     * The window must span this share of its length to be judged: at 12.5 Hz a 0.3 s window holds
     * four samples 0.24 s apart, so the share must be below 0.8.
     */
    static final double MIN_WINDOW_SHARE = 0.6;

    private final double windowSeconds;
    private final double accelSpreadLimit;
    private final double gyroRateLimit;
    private static final double SMOOTHING_TIME_CONSTANT_S = 1.0 / (2 * Math.PI * SMOOTHING_CUTOFF_HZ);
    private double fx, fy, fz;
    private boolean primed;

    // Ring buffer (power-of-two capacity) of the window's smoothed values, offset by an anchor to
    // keep the sums small.
    private double[] times = new double[64];
    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private double[] zs = new double[64];
    private double[] rates = new double[64];
    private int head;
    private int size;
    private double sx, sy, sz, sxx, syy, szz;
    private int fastRotationsInWindow;
    private double anchorX, anchorY, anchorZ;
    private boolean anchored;
    private double lastT = Double.NaN;
    private double gyroBiasX, gyroBiasY, gyroBiasZ;

    public StillnessDetector() {
        this(DEFAULT_WINDOW_SECONDS, DEFAULT_ACCEL_SPREAD, DEFAULT_GYRO_RATE);
    }

    public StillnessDetector(double windowSeconds, double accelSpreadLimit, double gyroRateLimit) {
        this.windowSeconds = windowSeconds;
        this.accelSpreadLimit = accelSpreadLimit;
        this.gyroRateLimit = gyroRateLimit;
    }

    /** Adds a sample; returns true when the window ending at it is still. */
    public boolean accept(Sample s) {
        double dt = Double.isNaN(lastT) ? 0 : s.t() - lastT;
        lastT = s.t();
        // One first-order low-pass gain for the three axes, from this sample's own time step.
        if (!primed) {
            fx = s.ax();
            fy = s.ay();
            fz = s.az();
            primed = true;
        } else {
            double alpha = dt / (SMOOTHING_TIME_CONSTANT_S + dt);
            fx += alpha * (s.ax() - fx);
            fy += alpha * (s.ay() - fy);
            fz += alpha * (s.az() - fz);
        }
        double x = fx;
        double y = fy;
        double z = fz;
        if (!anchored) {
            anchorX = x;
            anchorY = y;
            anchorZ = z;
            anchored = true;
        }
        x -= anchorX;
        y -= anchorY;
        z -= anchorZ;
        double rate = 0;
        if (s.hasGyro()) {
            double gx = s.gx() - gyroBiasX, gy = s.gy() - gyroBiasY, gz = s.gz() - gyroBiasZ;
            rate = Math.sqrt(gx * gx + gy * gy + gz * gz);
        }
        push(s.t(), x, y, z, rate);
        while (size > 1 && s.t() - times[head] > windowSeconds) {
            pop();
        }
        return isStill();
    }

    /** Whether the current window is still; needs the window to span most of its length. */
    public boolean isStill() {
        if (size < 3 || times[(head + size - 1) & (times.length - 1)] - times[head] < MIN_WINDOW_SHARE * windowSeconds) {
            return false;
        }
        if (fastRotationsInWindow != 0) {
            return false;
        }
        return !varianceAbove(size, sx, sy, sz, sxx, syy, szz, accelSpreadLimit * accelSpreadLimit);
    }

    /**
     * Whether the summed variance of three axes, from their sums and sums of squares over n values,
     * exceeds {@code limit}. Six divisions per sample cost more than the rest of the detector, so a
     * product with 1/n decides first; only when that lands within its rounding error of the limit
     * is the variance divided out, so the answer is always the divided one's.
     */
    static boolean varianceAbove(double n, double sx, double sy, double sz, double sxx, double syy, double szz,
            double limit) {
        double inv = 1 / n;
        double quick = (sxx - sx * sx * inv) * inv + (syy - sy * sy * inv) * inv + (szz - sz * sz * inv) * inv;
        // Both forms err by a few ulps of the sums they subtract; this bound is a thousand times that.
        double margin = 1e-12 * (Math.abs(sxx) + Math.abs(syy) + Math.abs(szz)
                + (sx * sx + sy * sy + sz * sz) * inv) * inv;
        if (Math.abs(quick - limit) > margin) {
            return quick > limit;
        }
        return (sxx - sx * sx / n) / n + (syy - sy * sy / n) / n + (szz - sz * sz / n) / n > limit;
    }

    /** Mean raw-direction specific force over the window (smoothed), m/s^2, as {x, y, z}. */
    public double[] windowMean() {
        double n = Math.max(size, 1);
        return new double[] {sx / n + anchorX, sy / n + anchorY, sz / n + anchorZ};
    }

    /** Mean angular rate over the window, used as gyroscope bias when still. */
    public void setGyroBias(double bx, double by, double bz) {
        gyroBiasX = bx;
        gyroBiasY = by;
        gyroBiasZ = bz;
    }

    private void push(double t, double x, double y, double z, double rate) {
        if (size == times.length) {
            grow();
        }
        int i = (head + size) & (times.length - 1);
        times[i] = t;
        xs[i] = x;
        ys[i] = y;
        zs[i] = z;
        rates[i] = rate;
        size++;
        if (rate > gyroRateLimit) {
            fastRotationsInWindow++;
        }
        sx += x;
        sy += y;
        sz += z;
        sxx += x * x;
        syy += y * y;
        szz += z * z;
    }

    private void pop() {
        int i = head;
        sx -= xs[i];
        sy -= ys[i];
        sz -= zs[i];
        sxx -= xs[i] * xs[i];
        syy -= ys[i] * ys[i];
        szz -= zs[i] * zs[i];
        if (rates[i] > gyroRateLimit) {
            fastRotationsInWindow--;
        }
        head = (head + 1) & (times.length - 1);
        size--;
        if (size == 0) {
            sx = sy = sz = sxx = syy = szz = 0;
        }
    }

    private void grow() {
        int n = times.length * 2;
        times = unwrap(times, n);
        xs = unwrap(xs, n);
        ys = unwrap(ys, n);
        zs = unwrap(zs, n);
        rates = unwrap(rates, n);
        head = 0;
    }

    private double[] unwrap(double[] a, int newLength) {
        double[] b = new double[newLength];
        for (int i = 0; i < size; i++) {
            b[i] = a[(head + i) & (a.length - 1)];
        }
        return b;
    }
}
