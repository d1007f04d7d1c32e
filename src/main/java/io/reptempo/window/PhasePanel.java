package io.reptempo.window;

import io.reptempo.chart.ChartColors;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;

/**
 * The current phase in large letters on its own colour, with its running time and target:
 * readable from the bench, a few metres away.
 */
public final class PhasePanel extends JComponent {
    private static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 46);
    private static final Font TIMER = new Font(Font.SANS_SERIF, Font.BOLD, 64);
    private static final Font TARGET = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
    private static final int PAD = 18;
    private static final int OVER_FRAME = 8;
    private CurrentPhase phase;

    public PhasePanel() {
        setPreferredSize(new Dimension(760, 130));
        setOpaque(true);
    }

    /** What to show from the next paint on (EDT only). */
    void show(CurrentPhase current) {
        this.phase = current;
    }

    /** The phase's name as shown now, e.g. "ECCENTRIC" (EDT only). */
    String text() {
        return phase == null ? "" : phase.name();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Color fill = phase == null ? CurrentPhase.IDLE : phase.colour();
            g.setColor(fill);
            g.fillRect(0, 0, getWidth(), getHeight());
            if (phase == null) {
                return;
            }
            Color ink = ChartColors.textOn(fill);
            g.setColor(ink);
            String timer = phase.elapsedText();
            g.setFont(TIMER);
            FontMetrics tm = g.getFontMetrics();
            int timerWidth = timer.isEmpty() ? 0 : tm.stringWidth(timer);
            int base = getHeight() / 2 + tm.getAscent() / 2 - 8;
            if (!timer.isEmpty()) {
                g.drawString(timer, getWidth() - PAD - timerWidth, base);
            }
            // The name shrinks to fit beside the timer rather than run under it.
            int room = getWidth() - 3 * PAD - timerWidth;
            Font name = NAME;
            while (g.getFontMetrics(name).stringWidth(phase.name()) > room && name.getSize() > 18) {
                name = name.deriveFont((float) name.getSize() - 2);
            }
            g.setFont(name);
            boolean withTarget = !phase.note().isEmpty();
            int nameBase = withTarget ? getHeight() / 2 + 2 : getHeight() / 2 + g.getFontMetrics().getAscent() / 2 - 6;
            g.drawString(phase.name(), PAD, nameBase);
            if (withTarget) {
                g.setFont(phase.overTarget() ? TARGET.deriveFont(Font.BOLD) : TARGET);
                String note = phase.overTarget() ? phase.note() + " (over)" : phase.note();
                g.drawString(note, PAD + 2, nameBase + g.getFontMetrics().getAscent() + 10);
            }
            if (phase.overTarget()) {
                // Past the target: an orange frame, the colour of a rep over its limits in the charts.
                g.setColor(ChartColors.OVER_LIMIT);
                g.setStroke(new BasicStroke(OVER_FRAME));
                g.drawRect(OVER_FRAME / 2, OVER_FRAME / 2, getWidth() - OVER_FRAME, getHeight() - OVER_FRAME);
            }
        } finally {
            g.dispose();
        }
    }
}
