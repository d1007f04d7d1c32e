package io.reptempo.live;

/** How the sensor talks, as the wire decoder found out from the first bytes. */
public enum WireMode {
    /** Not known yet: no complete header, comment line or valid frame so far. */
    DETECTING("detecting"),
    /** CSV lines: a header {@code t,ax,ay,az[,gx,gy,gz]}, then one sample per line. */
    TEXT("text"),
    /** Frames with sync bytes and a CRC: hello frames and sample frames of raw counts. */
    BINARY("binary");

    private final String label;

    WireMode(String label) {
        this.label = label;
    }

    /** Lower-case word for status lines. */
    public String label() {
        return label;
    }
}
