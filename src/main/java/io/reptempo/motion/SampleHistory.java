package io.reptempo.motion;

import io.reptempo.sensor.Sample;

/** The last few seconds of raw samples, kept while resting so a movement's start can be replayed. */
final class SampleHistory {
    private final double spanSeconds;
    private Sample[] items = new Sample[512];
    private int head;
    private int size;

    SampleHistory(double spanSeconds) {
        this.spanSeconds = spanSeconds;
    }

    void add(Sample s) {
        if (size == items.length) {
            Sample[] bigger = new Sample[items.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = get(i);
            }
            items = bigger;
            head = 0;
        }
        items[(head + size) % items.length] = s;
        size++;
        while (size > 1 && s.t() - items[head].t() > spanSeconds) {
            items[head] = null;
            head = (head + 1) % items.length;
            size--;
        }
    }

    int size() {
        return size;
    }

    Sample get(int i) {
        return items[(head + i) % items.length];
    }

    /** Index of the first sample at or after time t (size() if none). */
    int firstAtOrAfter(double t) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (get(mid).t() < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Mean specific force of samples [from, to), or null when the range is empty. */
    double[] meanAccel(int from, int to) {
        if (to <= from) {
            return null;
        }
        double x = 0;
        double y = 0;
        double z = 0;
        for (int i = from; i < to; i++) {
            Sample s = get(i);
            x += s.ax();
            y += s.ay();
            z += s.az();
        }
        int n = to - from;
        return new double[] {x / n, y / n, z / n};
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            items[(head + i) % items.length] = null;
        }
        head = 0;
        size = 0;
    }
}
