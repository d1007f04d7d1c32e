package io.reptempo.sensor;

/** The kinds of recording file reptempo reads, as found from the header by {@link FormatDetector}. */
public enum RecordingFormat {
    /** The project's own format: {@code t,ax,ay,az[,gx,gy,gz]} with {@code #} metadata lines. */
    REPTEMPO("reptempo", "reptempo recording"),
    /** A MetaWear / MetaMotion accelerometer export from the MetaBase app, with its gyroscope file. */
    METAWEAR("metawear", "MetaWear accelerometer export"),
    /** A phyphox CSV export of the "Acceleration with g" experiment. */
    PHYPHOX("phyphox", "phyphox \"Acceleration with g\" export"),
    /** Any other CSV, read through a {@code --columns} mapping. */
    MAPPED("csv", "CSV read through --columns");

    private final String key;
    private final String label;

    RecordingFormat(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The value written as {@code source_format=} in converted recordings, e.g. {@code metawear}. */
    public String key() {
        return key;
    }

    /** A short human name, e.g. {@code MetaWear accelerometer export}. */
    public String label() {
        return label;
    }
}
