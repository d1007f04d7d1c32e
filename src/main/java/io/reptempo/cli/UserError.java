package io.reptempo.cli;

/** A mistake in what the user asked for or gave us: printed as one line, exit code 2. */
public final class UserError extends Exception {
    public UserError(String message) {
        super(message);
    }
}
