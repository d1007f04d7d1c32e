package io.reptempo.live;

import java.io.PrintWriter;
import java.util.List;

/**
 * Draws a block of lines over the block drawn before it, with ANSI cursor movement, so a status display stays in
 * one place on the terminal. Each frame goes out in one write, so nothing written by another thread through the
 * same writer (a bell) lands inside an escape sequence. Frames equal to the last one are not written again.
 */
public final class InPlaceScreen {
    static final String HIDE_CURSOR = "\033[?25l";
    static final String SHOW_CURSOR = "\033[?25h";
    static final String ERASE_LINE = "\033[2K";
    static final String ERASE_BELOW = "\033[J";

    private final PrintWriter out;
    private List<String> shown = List.of();

    public InPlaceScreen(PrintWriter out) {
        this.out = out;
    }

    /** Replaces the block on screen with these lines (no line ends in them); the cursor ends on the last line. */
    public synchronized void paint(List<String> lines) {
        if (lines.equals(shown)) {
            return;
        }
        StringBuilder b = new StringBuilder();
        if (shown.isEmpty()) {
            b.append(HIDE_CURSOR);
        } else {
            b.append('\r');
            if (shown.size() > 1) {
                b.append("\033[").append(shown.size() - 1).append('A');
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(ERASE_LINE).append(lines.get(i));
        }
        if (lines.size() < shown.size()) {
            b.append(ERASE_BELOW);
        }
        shown = List.copyOf(lines);
        out.print(b);
        out.flush();
    }

    /** Leaves the last block on screen, moves below it and shows the cursor again. */
    public synchronized void end() {
        if (!shown.isEmpty()) {
            out.print("\n" + SHOW_CURSOR);
            out.flush();
            shown = List.of();
        }
    }
}
