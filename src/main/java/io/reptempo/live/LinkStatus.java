package io.reptempo.live;

/** What a {@link SerialLink} reports to its {@link LinkListener}. */
public enum LinkStatus {
    /** The port could not be opened yet; the link keeps trying. */
    CONNECTING(false),
    /** The port is open for the first time; no samples yet. */
    CONNECTED(false),
    /** Samples are arriving (after connecting, after a silence, or after the sensor came back). */
    RECEIVING(false),
    /** The port is open but nothing has arrived for a while: sensor off, paused, or not streaming. */
    WAITING_FOR_DATA(false),
    /** Reading failed or the port disappeared (cable pulled); the link retries the same port. */
    SENSOR_LOST(false),
    /** The port opened again after it was lost. */
    SENSOR_BACK(false),
    /** Bytes arrive but nothing decodes: most likely the wrong baud rate. */
    WRONG_BAUD(false),
    /** The link stopped because handling the samples threw; the message says what. */
    FAILED(false),
    /** {@link SerialLink#close()} was called. */
    CLOSED(false),
    /** Event: the sensor's clock started again (it rebooted); the timeline goes on. */
    DEVICE_RESTARTED(true),
    /** Event: the sensor sends something that cannot be used (acceleration in g, unknown protocol version). */
    DATA_PROBLEM(true),
    /** Event: the sensor described itself (rate, ranges, chip). */
    DEVICE_INFO(true);

    private final boolean event;

    LinkStatus(boolean event) {
        this.event = event;
    }

    /** True for one-off events, which do not change {@link SerialLink#status()}. */
    public boolean isEvent() {
        return event;
    }
}
