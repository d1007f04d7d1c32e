package io.reptempo.chart;

import io.reptempo.reps.PhaseKind;
import java.awt.Color;
import java.util.Locale;

/** The one palette of every chart and the HTML report, so a phase looks the same everywhere. */
public final class ChartColors {
    /** Strong blue and green for the movements, pale tints of the same hue for the pause that follows each. */
    public static final Color ECCENTRIC = new Color(0x1F, 0x5F, 0xA8);
    public static final Color PAUSE_AFTER_ECCENTRIC = new Color(0x9E, 0xC4, 0xE8);
    public static final Color CONCENTRIC = new Color(0x1A, 0x8A, 0x4A);
    public static final Color PAUSE_AFTER_CONCENTRIC = new Color(0xB5, 0xDE, 0xBE);
    /** Red is kept for unwanted shortening alone, so it always means the same thing. */
    public static final Color SHORTENING = new Color(0xD7, 0x19, 0x1C);
    /** Reps over a limit (velocity loss, partial range): orange, apart from every phase colour. */
    public static final Color OVER_LIMIT = new Color(0xE0, 0x82, 0x14);
    /** Range of motion is not a phase: a neutral slate. */
    public static final Color ROM = new Color(0x5A, 0x6B, 0x7D);
    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    public static final Color GRID = new Color(0xD9, 0xD9, 0xD9);
    public static final Color TRACE = new Color(0x1A, 0x1A, 0x1A);
    public static final Color FLAGGED_LABEL = new Color(0xB0, 0x10, 0x10);

    private static final double SHADE_SHARE = 0.45;

    private ChartColors() {
    }

    public static Color phase(PhaseKind kind) {
        return switch (kind) {
            case ECCENTRIC -> ECCENTRIC;
            case PAUSE_AFTER_ECCENTRIC -> PAUSE_AFTER_ECCENTRIC;
            case CONCENTRIC -> CONCENTRIC;
            case PAUSE_AFTER_CONCENTRIC -> PAUSE_AFTER_CONCENTRIC;
        };
    }

    /** Text on a phase: white on the strong colours, dark on the pale ones. */
    public static Color textOn(Color fill) {
        double luminance = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
        return luminance < 140 ? Color.WHITE : TEXT; // orange gets dark text: white on it is hard to read
    }

    /** The pale shading of a phase behind a trace, so the trace on top stays the darkest thing. */
    public static Color shade(Color c) {
        return tint(c, SHADE_SHARE);
    }

    /** An opaque mix of {@code c} with white ({@code share} of white), for shading behind a trace. */
    public static Color tint(Color c, double share) {
        return new Color(mix(c.getRed(), share), mix(c.getGreen(), share), mix(c.getBlue(), share));
    }

    /** CSS notation, e.g. {@code #1f5fa8}. */
    public static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static int mix(int channel, double share) {
        return (int) Math.round(channel + (255 - channel) * share);
    }
}
