package io.reptempo.sim;

/** Movements in a set that are not reps and must not be counted as such. */
public enum NonRepKind {
    UNRACK("unrack"),
    WALKOUT("walkout"),
    RERACK("rerack"),
    WARMUP_PARTIAL("warmup-partial"),
    ADJUST("adjust");

    private final String id;

    NonRepKind(String id) {
        this.id = id;
    }

    /** The name used in truth files. */
    public String id() {
        return id;
    }

    /** Parses {@link #id()}. */
    public static NonRepKind fromId(String id) {
        for (NonRepKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown non-rep kind: " + id);
    }
}
