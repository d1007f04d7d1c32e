package io.reptempo.live;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/** Plain lines for a terminal that is not interactive (or a log): one line per event worth telling. */
public final class ConsoleView implements Consumer<LiveEvent> {
    private final PrintWriter out;

    public ConsoleView(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void accept(LiveEvent e) {
        String line = switch (e.type()) {
            case "phase_start" -> String.format(Locale.ROOT, "%7.1f s  %s", e.tS(),
                    e.details().get("phase").getAsString().toUpperCase(Locale.ROOT));
            case "rep" -> String.format(Locale.ROOT, "%7.1f s  rep %d  tempo %s%s", e.tS(),
                    e.details().get("index").getAsInt(), e.details().get("tempo").getAsString(),
                    e.details().has("target") ? "  (target " + e.details().get("target").getAsString() + ")" : "");
            case "flag" -> "           " + e.details().get("message").getAsString();
            case "advice" -> String.format(Locale.ROOT, "%7.1f s  %s", e.tS(), e.details().get("message").getAsString());
            case "status" -> String.format(Locale.ROOT, "%7.1f s  %s", e.tS(), e.details().get("message").getAsString());
            default -> null;
        };
        if (line != null) {
            out.println(line);
            out.flush();
        }
    }
}
