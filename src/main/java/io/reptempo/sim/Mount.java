package io.reptempo.sim;

/** Where the sensor is strapped: on the barbell (translation) or on a limb (rotation about a joint). */
public enum Mount {
    BAR("bar"),
    LIMB("limb");

    private final String id;

    Mount(String id) {
        this.id = id;
    }

    /** The name used in truth files and recording metadata. */
    public String id() {
        return id;
    }

    /** Parses {@link #id()}. */
    public static Mount fromId(String id) {
        for (Mount m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mount: " + id);
    }
}
