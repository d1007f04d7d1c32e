package io.reptempo.sim;

/** The kinds of set the simulator can generate; each seed gives a different set of that kind. */
public enum Scenario {
    /** Bench press around a 3-1-1-0 tempo, with unrack and re-rack. */
    BENCH_TEMPO("bench-tempo"),
    /** Squat with walkout, no pause at the bottom, walk-in and re-rack. */
    SQUAT_TOUCH_AND_GO("squat-touch-and-go"),
    /** Bench press with 1.5-3 s pauses on the chest. */
    BENCH_PAUSED("bench-paused"),
    /** Eccentric-only bench: slow lowering, a spotter returns the bar. */
    ECCENTRIC_ONLY_ASSISTED("eccentric-only-assisted"),
    /** Eccentric-only bench: the lifter returns the bar himself; some lowerings contain a push back up. */
    ECCENTRIC_ONLY_UNASSISTED("eccentric-only-unassisted"),
    /** Normal bench or squat set where 1-3 lowerings contain a push back up. */
    SHORTENING_IN_LOWERING("shortening-in-lowering"),
    /** Deadlift from the floor, concentric first, rest on the floor between reps. */
    DEADLIFT("deadlift"),
    /** Reverse hyperextension, ankle strap with gyroscope, concentric first. */
    REVERSE_HYPER_GYRO("reverse-hyper-gyro"),
    /** Reverse hyperextension, ankle strap, accelerometer only. */
    REVERSE_HYPER_ACCEL("reverse-hyper-accel"),
    /** Biceps curl, forearm strap with gyroscope. */
    CURL_GYRO("curl-gyro"),
    /** Biceps curl, forearm strap, accelerometer only. */
    CURL_ACCEL("curl-accel"),
    /** Squat or bench starting with a partial warm-up movement, with 1-2 partial-range reps. */
    WARMUP_AND_PARTIALS("warmup-and-partials"),
    /** Any of the others, picked by the seed. */
    MIXED_RANDOM("mixed-random");

    private final String id;

    Scenario(String id) {
        this.id = id;
    }

    /** The command-line and truth-file name, e.g. "bench-tempo". */
    public String id() {
        return id;
    }

    /** Parses {@link #id()} (also accepts the enum constant name, any case). */
    public static Scenario fromId(String id) {
        for (Scenario s : values()) {
            if (s.id.equalsIgnoreCase(id) || s.name().equalsIgnoreCase(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown scenario: " + id);
    }
}
