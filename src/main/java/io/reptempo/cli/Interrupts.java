package io.reptempo.cli;

/**
 * Ctrl-C as a request to end the set rather than kill the program, so the reports are written and
 * the exit code is 0. Falls back silently where the JVM does not offer signal handling.
 */
final class Interrupts {
    private Interrupts() {
    }

    static void onCtrlC(Runnable action) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            // No signal handling here: the shutdown hook still writes the reports.
        }
    }
}
