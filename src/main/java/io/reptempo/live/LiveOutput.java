package io.reptempo.live;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * Where live mode shows and sounds the set: whether standard output is an interactive terminal (else plain
 * lines), the terminal's width, and how cues are made. Tests pass a fake one.
 *
 * @param interactive whether the terminal view can be drawn in place
 * @param width       the terminal's width in columns
 * @param cues        makes the cue output, given the writer of the terminal (for a bell)
 */
public record LiveOutput(boolean interactive, IntSupplier width, Function<PrintWriter, CueOutput> cues) {

    /** This process's real terminal and sound. */
    public static LiveOutput system() {
        return new LiveOutput(stdoutIsTerminal(), new TerminalSize(), SoundCues::open);
    }

    /**
     * Java 17 gives a console only when both standard input and output are a terminal; from Java 22 it gives one
     * always and says with {@code isTerminal()}. A terminal that declares itself dumb cannot move the cursor.
     */
    static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
