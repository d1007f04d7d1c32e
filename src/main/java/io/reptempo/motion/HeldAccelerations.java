package io.reptempo.motion;

/**
 * Vertical accelerations kept back from integration (time, acceleration, movement above the
 * tremor), oldest first: while the bar may be standing, and while it stands, as the lead-in to
 * replay when it moves again.
 */
final class HeldAccelerations {
    /** Receives one held sample. */
    interface Consumer {
        void accept(double t, double a, double moving);
    }

    private double[] t = new double[256];
    private double[] a = new double[256];
    private double[] m = new double[256];
    private int head;
    private int size;

    void add(double time, double acceleration, double moving) {
        if (size == t.length) {
            grow();
        }
        int at = (head + size) % t.length;
        t[at] = time;
        a[at] = acceleration;
        m[at] = moving;
        size++;
    }

    /** Drops the samples more than {@code spanSeconds} older than the newest, handing each to {@code dropped}. */
    void keepLast(double spanSeconds, Consumer dropped) {
        while (size > 1 && t[(head + size - 1) % t.length] - t[head] > spanSeconds) {
            dropped.accept(t[head], a[head], m[head]);
            head = (head + 1) % t.length;
            size--;
        }
    }

    /** Hands every sample on, oldest first, and empties. */
    void drain(Consumer to) {
        while (size > 0) {
            int at = head;
            head = (head + 1) % t.length;
            size--;
            to.accept(t[at], a[at], m[at]);
        }
        head = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    private void grow() {
        int n = t.length * 2;
        double[] nt = new double[n];
        double[] na = new double[n];
        double[] nm = new double[n];
        for (int i = 0; i < size; i++) {
            int j = (head + i) % t.length;
            nt[i] = t[j];
            na[i] = a[j];
            nm[i] = m[j];
        }
        t = nt;
        a = na;
        m = nm;
        head = 0;
    }
}
