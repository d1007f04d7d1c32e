package io.reptempo.motion;

/**
 * Tells a sensor that only trembles (the lifter standing between sets) from one that lifts: the
 * smoothed vertical acceleration, in units of what tremor alone gives it, stays at the tremor's
 * level for longer than a set's pauses and slow lowerings can. Quiet means it may be standing;
 * idle that it has been quiet long enough to be sure; a clear rise wakes it.
 */
final class IdleDetector {
    enum State { ACTIVE, QUIET, IDLE }

    /** The energy is averaged this long: a third of a second of a rep's drive stands out over it. */
    static final double WINDOW_SECONDS = 1.0;
    /**
     * Mean square (in tremor units) under which the last second was tremor only. Tremor alone
     * stays under it 99.8 % of the time; a set's drives are tens.
     */
    static final double QUIET_ENERGY = 4.0;
    /** Mean square that ends idling: over 60 minutes of simulated standing tremor reached 8. */
    static final double WAKE_ENERGY = 12.0;
    /**
     * Quiet this long is standing. Inside simulated sets at 12.5 Hz the longest quiet was 8.8 s
     * (a rest at the top, a 3.6 s lowering and a 3 s pause on the chest), where the acceleration
     * of a slow lowering is under the tremor's.
     */
    static final double MIN_IDLE_SECONDS = 12.0;
    /** ... and at least this many rep lengths, so slower sets than that are never taken for standing. */
    static final double IDLE_PERIODS = 2.0;

    private double[] t = new double[64];
    private double[] e = new double[64];
    private int head;
    private int size;
    private double sum;
    private State state = State.ACTIVE;
    private double quietSince = Double.NaN;

    /**
     * Takes the next sample's squared acceleration in tremor units ({@code NaN} while the tremor
     * is not yet measured) and returns the state after it.
     */
    State push(double time, double energy, double periodSeconds) {
        if (Double.isNaN(energy)) {
            restart();
            return state;
        }
        add(time, energy);
        double mean = sum / size;
        switch (state) {
            case ACTIVE -> {
                if (mean < QUIET_ENERGY) {
                    state = State.QUIET;
                    quietSince = time;
                }
            }
            case QUIET -> {
                if (mean >= QUIET_ENERGY) {
                    state = State.ACTIVE;
                } else if (time - quietSince >= Math.max(MIN_IDLE_SECONDS, IDLE_PERIODS * periodSeconds)) {
                    state = State.IDLE;
                }
            }
            case IDLE -> {
                if (mean > WAKE_ENERGY) {
                    state = State.ACTIVE;
                }
            }
        }
        return state;
    }

    State state() {
        return state;
    }

    /** Forgets the recent energy (after a gap): whatever comes next is taken as lifting. */
    void restart() {
        size = 0;
        sum = 0;
        state = State.ACTIVE;
    }

    private void add(double time, double energy) {
        if (size == t.length) {
            double[] nt = new double[t.length * 2];
            double[] ne = new double[t.length * 2];
            for (int i = 0; i < size; i++) {
                nt[i] = t[(head + i) % t.length];
                ne[i] = e[(head + i) % t.length];
            }
            t = nt;
            e = ne;
            head = 0;
        }
        int at = (head + size) % t.length;
        t[at] = time;
        e[at] = energy;
        size++;
        sum += energy;
        while (size > 1 && time - t[head] >= WINDOW_SECONDS) {
            sum -= e[head];
            head = (head + 1) % t.length;
            size--;
        }
    }
}
