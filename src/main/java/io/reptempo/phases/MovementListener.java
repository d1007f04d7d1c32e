package io.reptempo.phases;

/** Receives movements in time order. */
public interface MovementListener {

    void onMovement(Movement movement);

    /**
     * The sensor has rested since {@code sinceS}, up to {@code nowS}; lets assemblers close a rep
     * without waiting for the next movement.
     */
    default void onRest(double sinceS, double nowS) {
    }

    default void onFinish(double lastSampleS) {
    }
}
