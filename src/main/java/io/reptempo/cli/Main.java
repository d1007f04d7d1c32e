package io.reptempo.cli;

import picocli.CommandLine;

/** Entry point of {@code java -jar reptempo.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this directly). */
    public static int run(String... args) {
        return ReptempoCommand.commandLine().execute(args);
    }
}
