package io.reptempo.window;

import io.reptempo.chart.ChartColors;
import io.reptempo.chart.ChartStyle;
import io.reptempo.chart.FlagLabels;
import io.reptempo.chart.PhaseSequence;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.Flag;
import io.reptempo.reps.PhaseKind;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import io.reptempo.reps.TempoPrescription;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;

/**
 * The last rep's tempo against the target: one box per phase in the order of the rep, its time
 * large, and on or off target in words; an off-target phase is filled orange.
 */
public final class TempoPanel extends JComponent {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Font SECONDS = new Font(Font.SANS_SERIF, Font.BOLD, 34);
    private static final Font SMALL = ChartStyle.ANNOTATION;
    private static final int PAD = 12;
    private static final int BAND = 26;
    private final AnalysisSettings settings;
    private SetResult set;

    public TempoPanel(AnalysisSettings settings) {
        this.settings = settings;
        setPreferredSize(new Dimension(520, 190));
        setOpaque(true);
    }

    /** The set whose last rep to show from the next paint on (EDT only). */
    void show(SetResult result) {
        this.set = result;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setColor(ChartColors.TEXT);
            g.setFont(TITLE);
            FontMetrics fm = g.getFontMetrics();
            int titleBase = PAD + fm.getAscent();
            TempoPrescription target = settings.target();
            Rep rep = set == null || set.reps().isEmpty() ? null : set.reps().get(set.reps().size() - 1);
            if (rep == null) {
                g.drawString("No rep yet" + (target == null ? "" : "   target " + target), PAD, titleBase);
                return;
            }
            g.drawString("Rep " + rep.index() + ": " + rep.tempo() + (target == null ? "" : "   target " + target), PAD,
                    titleBase);
            List<PhaseKind> order = PhaseSequence.of(settings);
            int top = titleBase + 12;
            int gap = 8;
            int boxW = (getWidth() - 2 * PAD - 3 * gap) / 4;
            int boxH = getHeight() - top - PAD;
            for (int i = 0; i < order.size(); i++) {
                box(g, rep, order.get(i), PAD + i * (boxW + gap), top, boxW, boxH);
            }
        } finally {
            g.dispose();
        }
    }

    private void box(Graphics2D g, Rep rep, PhaseKind kind, int x, int y, int w, int h) {
        Double took = rep.duration(kind);
        Flag off = rep.flags().stream().filter(f -> FlagLabels.phaseOf(f.type()) == kind).findFirst().orElse(null);
        boolean judged = settings.target() != null && took != null;
        g.setColor(off != null ? ChartColors.tint(ChartColors.OVER_LIMIT, 0.35) : Color.WHITE);
        g.fillRect(x, y, w, h);
        // In an eccentric-only set without a spotter the lifter's own concentric is the unwanted shortening: red.
        boolean pushedBack = kind == PhaseKind.CONCENTRIC && PhaseSequence.concentricIsShortening(settings, rep);
        Color band = pushedBack ? ChartColors.SHORTENING : ChartColors.phase(kind);
        g.setColor(band);
        g.fillRect(x, y, w, BAND);
        g.setColor(ChartColors.textOn(band));
        g.setFont(SMALL);
        centred(g, pushedBack ? "pushed back up" : shortName(kind), x + w / 2, y + BAND / 2);
        g.setColor(off != null ? ChartColors.OVER_LIMIT : ChartColors.GRID);
        g.setStroke(new BasicStroke(off != null ? 3f : 1f));
        g.drawRect(x, y, w, h);
        g.setColor(ChartColors.TEXT);
        g.setFont(SECONDS);
        centred(g, took == null ? "-" : String.format(Locale.ROOT, "%.1f s", took), x + w / 2, y + BAND + (h - BAND) / 2 - 8);
        if (judged) {
            g.setFont(SMALL.deriveFont(Font.BOLD));
            String verdict = off == null ? "on target" : verdict(off, took, kind);
            centred(g, verdict, x + w / 2, y + h - 16);
        }
    }

    private String verdict(Flag off, double took, PhaseKind kind) {
        double want = settings.target().target(kind);
        boolean pause = kind == PhaseKind.PAUSE_AFTER_ECCENTRIC || kind == PhaseKind.PAUSE_AFTER_CONCENTRIC;
        boolean tooLong = FlagLabels.isTooLong(off.type());
        String how = pause ? (tooLong ? "too long" : "too short") : (tooLong ? "too slow" : "too fast");
        if (Double.isNaN(want)) {
            return how;
        }
        return String.format(Locale.ROOT, "%.1f s %s", Math.abs(took - want), how);
    }

    /** Pauses are called just "pause": the box's place and colour say which. */
    private String shortName(PhaseKind kind) {
        return switch (kind) {
            case PAUSE_AFTER_ECCENTRIC, PAUSE_AFTER_CONCENTRIC -> "pause";
            default -> PhaseSequence.label(kind, settings);
        };
    }

    private static void centred(Graphics2D g, String text, int x, int y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, x - fm.stringWidth(text) / 2, y + fm.getAscent() / 2 - 2);
    }
}
