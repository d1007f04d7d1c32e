package io.reptempo.sim;

/** Whether the lifter works both phases or only the lowering (the return is not trained). */
public enum SetMode {
    NORMAL("normal"),
    ECCENTRIC_ONLY("eccentric-only");

    private final String id;

    SetMode(String id) {
        this.id = id;
    }

    /** The name used in truth files. */
    public String id() {
        return id;
    }

    /** Parses {@link #id()}. */
    public static SetMode fromId(String id) {
        for (SetMode m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown set mode: " + id);
    }
}
