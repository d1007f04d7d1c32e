package io.reptempo.window;

/** There is no screen to open the live window on (no display, or it cannot be reached). */
public final class NoDisplayException extends Exception {
    public NoDisplayException(String message) {
        super(message);
    }
}
