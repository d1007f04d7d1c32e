package io.reptempo.sim;

/** Which phase opens each rep: bench and squat lower first, deadlifts and curls raise first. */
public enum PhaseOrder {
    ECCENTRIC_FIRST("eccentric"),
    CONCENTRIC_FIRST("concentric");

    private final String id;

    PhaseOrder(String id) {
        this.id = id;
    }

    /** The name used in truth files ("eccentric" or "concentric"). */
    public String id() {
        return id;
    }

    /** Parses {@link #id()}. */
    public static PhaseOrder fromId(String id) {
        for (PhaseOrder o : values()) {
            if (o.id.equals(id)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown phase order: " + id);
    }
}
