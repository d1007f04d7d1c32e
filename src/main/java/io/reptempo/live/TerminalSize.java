package io.reptempo.live;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The terminal's width in columns: {@code COLUMNS} when the shell exports it, else what {@code stty size} says
 * about the controlling terminal (asked at most every {@link #RECHECK_MILLIS}, so a resized window is followed),
 * else 80. Java itself cannot ask a terminal its size.
 */
public final class TerminalSize implements IntSupplier {
    static final int DEFAULT_COLUMNS = 80;
    static final long RECHECK_MILLIS = 2000;

    private int columns = -1;
    private long checkedAt;

    @Override
    public synchronized int getAsInt() {
        long now = System.nanoTime();
        if (columns < 0 || now - checkedAt > TimeUnit.MILLISECONDS.toNanos(RECHECK_MILLIS)) {
            checkedAt = now;
            columns = ask();
        }
        return columns;
    }

    private static int ask() {
        int env = parse(System.getenv("COLUMNS"));
        if (env > 0) {
            return env;
        }
        File tty = new File("/dev/tty");
        if (!tty.exists()) {
            return DEFAULT_COLUMNS;
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(1, TimeUnit.SECONDS)) {
                p.destroy();
                return DEFAULT_COLUMNS;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            String[] rowsCols = out.split("\\s+");
            int cols = rowsCols.length == 2 ? parse(rowsCols[1]) : -1;
            return cols > 0 ? cols : DEFAULT_COLUMNS;
        } catch (IOException e) {
            return DEFAULT_COLUMNS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DEFAULT_COLUMNS;
        }
    }

    private static int parse(String s) {
        if (s == null) {
            return -1;
        }
        try {
            int v = Integer.parseInt(s.strip());
            return v > 0 && v < 10_000 ? v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
