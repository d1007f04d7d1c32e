package io.reptempo.live;

/**
 * Hears what happens to a {@link SerialLink}: connection states and events, each with a message written for
 * the user. Called on the link's reader thread (except {@link LinkStatus#CLOSED}, on the thread that closes);
 * keep it quick.
 */
@FunctionalInterface
public interface LinkListener {

    void onStatus(LinkStatus status, String message);

    /** A listener that ignores everything. */
    static LinkListener none() {
        return (status, message) -> {
        };
    }
}
