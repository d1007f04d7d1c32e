package io.reptempo.live;

import io.reptempo.reps.PhaseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out a {@link LiveStatus} as a fixed block of terminal lines with ANSI colours: status, running phase with
 * its timer and the rep count, the last rep's tempo beside the target (each phase green on target, red off), the
 * latest flags, the advice, and the link's rate and losses. Every line fits the given width, so the block can be
 * redrawn in place without the terminal wrapping it.
 */
public final class TerminalView {
    static final String RESET = "\033[0m";
    static final String BOLD = "\033[1m";
    static final String DIM = "\033[2m";
    static final String RED = "\033[31m";
    static final String GREEN = "\033[32m";
    static final String YELLOW = "\033[33m";
    /** The view never draws narrower than this; a tinier terminal gets cut lines. */
    static final int MIN_WIDTH = 20;

    private final String title;

    /** @param title what the set is, e.g. "bench-press" */
    public TerminalView(String title) {
        this.title = title;
    }

    /** The block for this status, one string per line (no line ends), at most {@code width - 1} columns each. */
    public List<String> render(LiveStatus s, int width) {
        // One column is kept free: writing the last column makes some terminals wrap at once.
        int max = Math.max(MIN_WIDTH, width) - 1;
        List<String> lines = new ArrayList<>();
        lines.add(statusLine(s).fit(max));
        lines.add(phaseLine(s).fit(max));
        lines.add(repLine(s).fit(max));
        List<String> flags = s.flags();
        for (int i = 0; i < LiveStatusTracker.FLAGS_SHOWN; i++) {
            Line l = new Line();
            if (i < flags.size()) {
                l.add(YELLOW, flags.get(i));
            } else if (i == 0) {
                l.add(DIM, "no flags");
            }
            lines.add(l.fit(max));
        }
        Line advice = new Line();
        if (s.advice() != null) {
            advice.add(BOLD + RED, s.advice());
        }
        lines.add(advice.fit(max));
        lines.add(linkLine(s).fit(max));
        return lines;
    }

    private Line statusLine(LiveStatus s) {
        String colour = switch (s.stage()) {
            case READY -> GREEN;
            case WAITING, CALIBRATING -> YELLOW;
            case SENSOR_LOST, PROBLEM -> RED;
        };
        Line l = new Line().add(BOLD, "reptempo live").add(null, " " + title + "  ")
                .add(BOLD + colour, s.stage().words().toUpperCase(Locale.ROOT));
        if (!s.statusMessage().isEmpty()) {
            l.add(DIM, "  " + s.statusMessage());
        }
        return l;
    }

    private static Line phaseLine(LiveStatus s) {
        Line l = new Line();
        if (Double.isNaN(s.phaseSeconds())) {
            l.add(DIM, "no movement yet");
        } else if (s.phase() == null) {
            l.add(null, String.format(Locale.ROOT, "pause %5.1f s", s.phaseSeconds()));
        } else {
            l.add(BOLD, String.format(Locale.ROOT, "%-10s %5.1f s", s.phase().label().toUpperCase(Locale.ROOT),
                    s.phaseSeconds()));
        }
        return l.add(null, "   ").add(BOLD, "reps " + s.reps());
    }

    private static Line repLine(LiveStatus s) {
        Line l = new Line();
        LiveStatus.RepTempo r = s.lastRep();
        if (r == null) {
            return l.add(DIM, "last rep: none yet");
        }
        l.add(null, "rep " + r.index() + " tempo ");
        for (int i = 0; i < r.parts().size(); i++) {
            LiveStatus.TempoPart p = r.parts().get(i);
            if (i > 0) {
                l.add(null, "-");
            }
            l.add(p.onTarget() == null ? null : p.onTarget() ? GREEN : RED, p.seconds());
        }
        if (r.target() != null) {
            l.add(null, "   target " + r.target());
        }
        return l;
    }

    private static Line linkLine(LiveStatus s) {
        Line l = new Line();
        String time = Double.isNaN(s.sampleTimeS()) ? "-" : String.format(Locale.ROOT, "%.1f s", s.sampleTimeS());
        LinkStats k = s.link();
        if (k == null) {
            return l.add(DIM, "sample time " + time);
        }
        String rate = Double.isNaN(k.sampleRateHz()) ? "- Hz" : String.format(Locale.ROOT, "%.0f Hz", k.sampleRateHz());
        l.add(null, rate + ", " + k.samples() + " samples, ");
        l.add(k.droppedSamples() > 0 ? RED : null, k.droppedSamples() + " dropped");
        long garbled = k.crcErrors() + k.skippedRows();
        l.add(null, ", ").add(garbled > 0 ? RED : null, garbled + " garbled");
        return l.add(DIM, ", sample time " + time);
    }

    /** A line of styled pieces that knows its visible length. */
    private static final class Line {
        private final StringBuilder text = new StringBuilder();
        private final List<int[]> spans = new ArrayList<>();
        private final List<String> styles = new ArrayList<>();

        Line add(String style, String raw) {
            String piece = printable(raw);
            spans.add(new int[] {text.length(), text.length() + piece.length()});
            styles.add(style);
            text.append(piece);
            return this;
        }

        /** Control characters from a device's own text must not reach the terminal as commands. */
        private static String printable(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                b.append(c < 0x20 || c >= 0x7F && c < 0xA0 ? '?' : c);
            }
            return b.toString();
        }

        /** The line with its styles, cut to at most max visible characters. */
        String fit(int max) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < spans.size(); i++) {
                int from = spans.get(i)[0];
                int to = Math.min(spans.get(i)[1], max);
                if (from >= to) {
                    break;
                }
                String piece = text.substring(from, to);
                if (styles.get(i) == null) {
                    out.append(piece);
                } else {
                    out.append(styles.get(i)).append(piece).append(RESET);
                }
            }
            return out.toString();
        }
    }
}
