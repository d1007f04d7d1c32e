package io.reptempo.window;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The newest motion samples (time, position, velocity) in a fixed ring, written by the one thread
 * that feeds the engine and copied by the window's painter without either waiting on the other:
 * the writer never blocks, and a copy the writer lapped meanwhile is cut to what is still valid.
 */
public final class TraceBuffer {
    private final double[] t;
    private final double[] position;
    private final double[] velocity;
    private final int mask;
    /** Samples written so far; published after each sample's slots are filled. */
    private final AtomicLong written = new AtomicLong();
    private long next; // the writer's own count

    /** @param capacity samples kept, rounded up to a power of two */
    public TraceBuffer(int capacity) {
        int size = Integer.highestOneBit(Math.max(2, capacity - 1)) << 1;
        t = new double[size];
        position = new double[size];
        velocity = new double[size];
        mask = size - 1;
    }

    /** Slots in the ring; the newest {@code capacity() - 1} samples can be read. */
    public int capacity() {
        return t.length;
    }

    /** Appends one sample; only one thread may call this. NaN position and velocity break the line (a gap). */
    public void add(double time, double pos, double vel) {
        int i = (int) (next & mask);
        t[i] = time;
        position[i] = pos;
        velocity[i] = vel;
        next++;
        written.setRelease(next);
    }

    /** Time of the newest sample, or NaN before the first. */
    public double newestTime() {
        long n = written.getAcquire();
        if (n == 0) {
            return Double.NaN;
        }
        // Should the writer have lapped the ring meanwhile, the slot holds a newer time: still recent.
        return t[(int) ((n - 1) & mask)];
    }

    /**
     * Copies the samples from {@code fromTime} on (the newest last) into {@code into}, growing it if
     * needed, and returns how many were copied.
     */
    public int copySince(double fromTime, Span into) {
        long end = written.getAcquire();
        long oldest = Math.max(0, end - t.length + 1); // the oldest slot is the one the writer fills next
        long first = firstAtOrAfter(fromTime, oldest, end);
        int n = (int) (end - first);
        into.ensure(n);
        for (int k = 0; k < n; k++) {
            int i = (int) ((first + k) & mask);
            into.t[k] = t[i];
            into.position[k] = position[i];
            into.velocity[k] = velocity[i];
        }
        // Slots the writer reused while we copied hold newer samples: drop them from the front.
        // The writer may be filling the slot of sample W (= written) already: W - capacity and older are suspect.
        long valid = written.getAcquire() - t.length + 1;
        int lost = (int) Math.max(0, Math.min(n, valid - first));
        if (lost > 0) {
            System.arraycopy(into.t, lost, into.t, 0, n - lost);
            System.arraycopy(into.position, lost, into.position, 0, n - lost);
            System.arraycopy(into.velocity, lost, into.velocity, 0, n - lost);
        }
        into.size = n - lost;
        return into.size;
    }

    /** Binary search over the ring (times never decrease). */
    private long firstAtOrAfter(double time, long lo, long hi) {
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (t[(int) (mid & mask)] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A copy of part of the trace, owned by the reader and reused frame after frame. */
    public static final class Span {
        double[] t = new double[0];
        double[] position = new double[0];
        double[] velocity = new double[0];
        int size;

        void ensure(int n) {
            if (t.length < n) {
                int cap = Math.max(n, t.length * 2);
                t = new double[cap];
                position = new double[cap];
                velocity = new double[cap];
            }
        }

        public int size() {
            return size;
        }

        public double t(int i) {
            return t[i];
        }

        public double position(int i) {
            return position[i];
        }

        public double velocity(int i) {
            return velocity[i];
        }
    }
}
