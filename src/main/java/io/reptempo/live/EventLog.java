package io.reptempo.live;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/** Writes every live event as one JSON line, flushed at once so a crash loses nothing. */
public final class EventLog implements Consumer<LiveEvent>, AutoCloseable {
    private final Writer out;
    private final LongSupplier wallClockMs;
    private boolean failed;

    public EventLog(Path file, LongSupplier wallClockMs) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.wallClockMs = wallClockMs;
    }

    @Override
    public synchronized void accept(LiveEvent e) {
        if (failed) {
            return;
        }
        try {
            out.write(e.toJson(wallClockMs.getAsLong()).toString());
            out.write('\n');
            out.flush();
        } catch (IOException ex) {
            // A full disk must not stop the set: stop logging, keep coaching.
            failed = true;
        }
    }

    public boolean failed() {
        return failed;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
