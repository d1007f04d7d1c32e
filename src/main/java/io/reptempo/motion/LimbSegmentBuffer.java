package io.reptempo.motion;

import java.util.Arrays;

/**
 * Growable arrays of the up-vector (sensor frame) and angular rate during a limb movement; without
 * a gyroscope the up-vector columns hold the raw accelerometer readings.
 */
final class LimbSegmentBuffer {
    double[] t = new double[1024];
    double[] ux = new double[1024];
    double[] uy = new double[1024];
    double[] uz = new double[1024];
    double[] wx = new double[1024];
    double[] wy = new double[1024];
    double[] wz = new double[1024];
    int size;

    void add(double time, double x, double y, double z, double gx, double gy, double gz) {
        if (size == t.length) {
            int n = size * 2;
            t = Arrays.copyOf(t, n);
            ux = Arrays.copyOf(ux, n);
            uy = Arrays.copyOf(uy, n);
            uz = Arrays.copyOf(uz, n);
            wx = Arrays.copyOf(wx, n);
            wy = Arrays.copyOf(wy, n);
            wz = Arrays.copyOf(wz, n);
        }
        t[size] = time;
        ux[size] = x;
        uy[size] = y;
        uz[size] = z;
        wx[size] = gx;
        wy[size] = gy;
        wz[size] = gz;
        size++;
    }

    void clear() {
        size = 0;
        if (t.length > 1 << 16) {
            t = new double[1024];
            ux = new double[1024];
            uy = new double[1024];
            uz = new double[1024];
            wx = new double[1024];
            wy = new double[1024];
            wz = new double[1024];
        }
    }
}
