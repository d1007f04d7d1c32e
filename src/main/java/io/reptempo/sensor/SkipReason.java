package io.reptempo.sensor;

/** Why a row of a recording was skipped. */
public enum SkipReason {
    WRONG_FIELD_COUNT("wrong number of fields"),
    NOT_A_NUMBER("not a number"),
    NOT_FINITE("NaN or infinite value"),
    TIME_NOT_INCREASING("timestamp not after the previous one"),
    BAD_HEADER("incomplete repeated header"),
    LINE_TOO_LONG("line too long");

    private final String description;

    SkipReason(String description) {
        this.description = description;
    }

    /** Short lower-case phrase for summaries, e.g. "not a number". */
    public String description() {
        return description;
    }
}
