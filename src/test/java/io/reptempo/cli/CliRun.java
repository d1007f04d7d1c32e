package io.reptempo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Runs the command line in-process for tests: exit code and everything it printed. */
record CliRun(int code, String out, String err) {

    static CliRun of(Object... args) {
        return of(cl -> {
        }, args);
    }

    /** Runs {@code live} with its terminal, speaker or port list replaced for the test. */
    static CliRun live(Consumer<LiveCommand> setup, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = "live";
        System.arraycopy(args, 0, all, 1, args.length);
        return of(cl -> setup.accept((LiveCommand) cl.getSubcommands().get("live").getCommand()), all);
    }

    private static CliRun of(Consumer<CommandLine> setup, Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ReptempoCommand.commandLine();
        setup.accept(cl);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] text = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        int code = cl.execute(text);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** No Java stack trace or internal error reached the user. */
    void assertNoStackTrace() {
        assertFalse(err.contains("Exception"), err);
        assertFalse(err.contains("\tat "), err);
        assertFalse(err.contains("internal error"), err);
    }

    /** Exit code 2 and one line on stderr containing every word. */
    void assertUserError(String... words) {
        assertNoStackTrace();
        assertEquals(2, code, out + err);
        assertTrue(err.startsWith("reptempo: "), err);
        assertEquals(1, err.strip().lines().count(), err);
        for (String w : words) {
            assertTrue(err.contains(w), "'" + w + "' in: " + err);
        }
    }
}
