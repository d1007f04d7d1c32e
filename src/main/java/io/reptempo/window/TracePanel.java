package io.reptempo.window;

import io.reptempo.chart.ChartColors;
import io.reptempo.chart.ChartStyle;
import io.reptempo.chart.PhaseSequence;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.Mount;
import io.reptempo.reps.PhaseKind;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import io.reptempo.reps.Shortening;
import io.reptempo.reps.TrainingMode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;

/**
 * The rolling trace: the last {@value #WINDOW_SECONDS} s of displacement (bar, cm) or angle (limb,
 * deg) above velocity, each phase shaded in its chart colour as it is detected, rep numbers on top.
 * Each pixel column draws the lowest and highest sample in it, so 1 kHz input costs no more to draw
 * than 50 Hz and no peak is lost.
 */
public final class TracePanel extends JComponent {
    /** Long enough to see a whole slow rep (a 4-1-2-1 rep is 8 s), short enough to read each phase. */
    static final double WINDOW_SECONDS = 12;
    private static final int LEFT = 78;
    private static final int RIGHT = 18;
    /** Space above the plots besides the legend. */
    private static final int TOP_GAP = 12;
    private static final int LEGEND_ROW = 24;
    private static final int BOTTOM = 36;
    private static final int GAP = 26;
    /** Room above the highest position for the rep numbers. */
    private static final int HEAD_ROOM = 26;
    private static final Font LABEL = ChartStyle.TICK;
    private static final BasicStroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private final TraceBuffer buffer;
    private final AnalysisSettings settings;
    private final boolean bar;
    private final double restAfterS;
    private final TraceBuffer.Span span = new TraceBuffer.Span();
    private BoardSnapshot board;
    private long frames;

    public TracePanel(TraceBuffer buffer, AnalysisSettings settings) {
        this.buffer = buffer;
        this.settings = settings;
        this.bar = settings.mount() == Mount.BAR;
        this.restAfterS = CurrentPhase.restAfterSeconds(settings);
        setPreferredSize(new Dimension(760, 560));
        setOpaque(true);
    }

    /** The board to draw the phases and reps of from the next paint on (EDT only). */
    void show(BoardSnapshot snapshot) {
        this.board = snapshot;
    }

    /** Frames painted so far (EDT only). */
    long frames() {
        return frames;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        frames++;
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            paintTrace(g);
        } finally {
            g.dispose();
        }
    }

    private void paintTrace(Graphics2D g) {
        int w = getWidth() - LEFT - RIGHT;
        int top = legend(g, w) + TOP_GAP;
        int h = getHeight() - top - BOTTOM - GAP;
        if (w < 50 || h < 50) {
            return;
        }
        int topH = (int) (h * 0.55);
        Plot upper = new Plot(top, w, topH);
        Plot lower = new Plot(top + topH + GAP, w, h - topH);
        double now = buffer.newestTime();
        if (Double.isNaN(now)) {
            frame(g, upper, lower);
            g.setFont(ChartStyle.AXIS_LABEL);
            g.setColor(ChartColors.TEXT);
            centred(g, "Waiting for motion: hold the sensor still to calibrate", LEFT + w / 2, upper.y + upper.h / 2);
            return;
        }
        double from = now - WINDOW_SECONDS;
        buffer.copySince(from, span);
        double scale = bar ? 100 : 1; // m -> cm; degrees stay degrees
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double fastest = 0;
        for (int i = 0; i < span.size; i++) {
            double p = span.position[i] * scale;
            if (!Double.isNaN(p)) {
                lo = Math.min(lo, p);
                hi = Math.max(hi, p);
                fastest = Math.max(fastest, Math.abs(span.velocity[i]));
            }
        }
        upper.range = AxisRange.around(lo, hi, bar ? 5 : 10);
        lower.range = AxisRange.symmetric(fastest, bar ? 0.2 : 20);
        upper.headRoom = HEAD_ROOM;

        shadePhases(g, from, now, w, upper, lower);
        frame(g, upper, lower);
        grid(g, upper, bar ? "Bar height (cm)" : "Angle (deg)", 0);
        grid(g, lower, bar ? "Velocity (m/s)" : "Angular velocity (deg/s)", bar ? 1 : 0);
        g.setColor(ChartColors.TEXT);
        g.setStroke(new BasicStroke(1f));
        int zero = lower.y(0);
        g.drawLine(LEFT, zero, LEFT + w, zero);
        timeAxis(g, from, w, lower);
        g.setStroke(LINE);
        g.setColor(ChartColors.TRACE);
        g.draw(decimated(from, w, upper, true, scale));
        g.draw(decimated(from, w, lower, false, 1));
        repNumbers(g, from, w, upper);
    }

    /** One plot's place on screen and its value range. */
    private static final class Plot {
        final int y;
        final int w;
        final int h;
        AxisRange range;
        int headRoom;

        Plot(int y, int w, int h) {
            this.y = y;
            this.w = w;
            this.h = h;
        }

        int y(double v) {
            double f = (v - range.lo()) / range.span();
            return (int) Math.round(y + h - f * (h - headRoom));
        }
    }

    private static int x(double t, double from, int w) {
        return LEFT + (int) Math.round((t - from) / WINDOW_SECONDS * w);
    }

    /** Movements as detected, the pause after each (until the next movement or a rest), shortenings in red. */
    private void shadePhases(Graphics2D g, double from, double now, int w, Plot upper, Plot lower) {
        if (board == null) {
            return;
        }
        List<PhaseMark> moves = board.movements();
        for (int i = 0; i < moves.size(); i++) {
            PhaseMark m = moves.get(i);
            double end = m.open() ? now : m.endS();
            Color c = m.shortening() ? ChartColors.SHORTENING : ChartColors.phase(m.kind());
            band(g, m.startS(), end, ChartColors.shade(c), from, w, upper, lower);
            if (!m.open()) {
                double next = i + 1 < moves.size() ? moves.get(i + 1).startS() : now;
                double pauseEnd = Math.min(next, m.endS() + restAfterS);
                band(g, m.endS(), pauseEnd, ChartColors.shade(ChartColors.phase(m.pauseAfter())), from, w, upper,
                        lower);
            }
        }
        SetResult set = board.set();
        if (set != null) {
            for (Shortening s : set.shortenings()) {
                band(g, s.startS(), s.endS(), ChartColors.shade(ChartColors.SHORTENING), from, w, upper, lower);
            }
        }
    }

    private static void band(Graphics2D g, double start, double end, Color c, double from, int w, Plot upper,
                             Plot lower) {
        if (end < from || end <= start) {
            return;
        }
        int x0 = Math.max(LEFT, x(start, from, w));
        int x1 = Math.min(LEFT + w, x(end, from, w));
        if (x1 <= x0) {
            return;
        }
        g.setColor(c);
        g.fillRect(x0, upper.y, x1 - x0, upper.h);
        g.fillRect(x0, lower.y, x1 - x0, lower.h);
    }

    private static void frame(Graphics2D g, Plot upper, Plot lower) {
        g.setColor(ChartColors.GRID);
        g.setStroke(new BasicStroke(1f));
        for (Plot p : new Plot[] {upper, lower}) {
            g.drawRect(LEFT, p.y, p.w, p.h);
        }
    }

    /** Horizontal grid lines with their values, and the plot's name in its top left corner. */
    private static void grid(Graphics2D g, Plot p, String name, int decimals) {
        int w = p.w;
        g.setFont(LABEL);
        FontMetrics fm = g.getFontMetrics();
        AxisRange r = p.range;
        int ticks = (int) Math.round(r.span() / r.step());
        for (int k = 0; k <= ticks; k++) {
            double v = r.lo() + k * r.step();
            int y = p.y(v);
            g.setColor(ChartColors.GRID);
            g.drawLine(LEFT, y, LEFT + w, y);
            g.setColor(ChartColors.TEXT);
            String text = format(v, r.step(), decimals);
            g.drawString(text, LEFT - 8 - fm.stringWidth(text), y + fm.getAscent() / 2 - 2);
        }
        // The plot's name runs up its left side, like a chart's axis title, clear of the rep numbers.
        g.setFont(ChartStyle.LEGEND);
        g.setColor(ChartColors.TEXT);
        Graphics2D turned = (Graphics2D) g.create();
        turned.rotate(-Math.PI / 2);
        FontMetrics nm = turned.getFontMetrics();
        turned.drawString(name, -(p.y + p.h / 2 + nm.stringWidth(name) / 2), nm.getAscent() + 2);
        turned.dispose();
    }

    private static String format(double v, double step, int minDecimals) {
        int decimals = minDecimals;
        while (decimals < 4 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6) {
            decimals++; // as many as the step needs: 0.25 shows as 0.25, not 0.3
        }
        if (Math.abs(v) < step * 1e-6) {
            v = 0;
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** Seconds of sample time every two seconds along the bottom. */
    private static void timeAxis(Graphics2D g, double from, int w, Plot lower) {
        g.setFont(LABEL);
        FontMetrics fm = g.getFontMetrics();
        int base = lower.y + lower.h;
        for (double t = Math.ceil(from / 2) * 2; t <= from + WINDOW_SECONDS; t += 2) {
            int x = x(t, from, w);
            g.setColor(ChartColors.GRID);
            g.drawLine(x, base, x, base + 5);
            g.setColor(ChartColors.TEXT);
            centred(g, String.format(Locale.ROOT, "%.0f s", t), x, base + 6 + fm.getAscent() / 2 + 6);
        }
    }

    /**
     * The trace through each pixel column's first, lowest, highest and last sample: every peak is
     * kept however many samples fall in a column. NaN breaks the line.
     */
    private Path2D decimated(double from, int w, Plot p, boolean position, double scale) {
        Path2D.Float path = new Path2D.Float();
        boolean pen = false;
        int column = Integer.MIN_VALUE;
        double first = 0;
        double min = 0;
        double max = 0;
        double last = 0;
        boolean any = false;
        for (int i = 0; i < span.size; i++) {
            double v = (position ? span.position[i] : span.velocity[i]) * scale;
            if (Double.isNaN(v)) {
                if (any) {
                    pen = emit(path, column, first, min, max, last, p, pen);
                }
                any = false;
                pen = false;
                continue;
            }
            int c = x(span.t[i], from, w);
            if (c != column || !any) {
                if (any) {
                    pen = emit(path, column, first, min, max, last, p, pen);
                }
                column = c;
                first = v;
                min = v;
                max = v;
                any = true;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
            last = v;
        }
        if (any) {
            emit(path, column, first, min, max, last, p, pen);
        }
        return path;
    }

    private static boolean emit(Path2D.Float path, int x, double first, double min, double max, double last, Plot p,
                                boolean pen) {
        if (pen) {
            path.lineTo(x, p.y(first));
        } else {
            path.moveTo(x, p.y(first));
        }
        if (min != max) {
            path.lineTo(x, p.y(min));
            path.lineTo(x, p.y(max));
        }
        path.lineTo(x, p.y(last));
        return true;
    }

    /** Each rep's number over its middle, in red when it was flagged. */
    private void repNumbers(Graphics2D g, double from, int w, Plot upper) {
        SetResult set = board == null ? null : board.set();
        if (set == null) {
            return;
        }
        g.setFont(ChartStyle.REP_NUMBER);
        for (Rep r : set.reps()) {
            double mid = (r.startS() + r.endS()) / 2;
            if (mid < from + 0.3 || mid > from + WINDOW_SECONDS) {
                continue;
            }
            g.setColor(r.flags().isEmpty() ? ChartColors.TEXT : ChartColors.FLAGGED_LABEL);
            centred(g, String.valueOf(r.index()), x(mid, from, w), upper.y + HEAD_ROOM / 2 + 2);
        }
    }

    /** The phase colours in the order of a rep, like the report's charts, on as many rows as they need; returns the height. */
    private int legend(Graphics2D g, int w) {
        g.setFont(ChartStyle.LEGEND);
        FontMetrics fm = g.getFontMetrics();
        List<Color> colours = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (PhaseKind k : PhaseSequence.of(settings)) {
            colours.add(ChartColors.shade(ChartColors.phase(k)));
            names.add(PhaseSequence.label(k, settings));
        }
        if (settings.mode() == TrainingMode.ECCENTRIC_ONLY) {
            colours.add(ChartColors.shade(ChartColors.SHORTENING));
            names.add("shortening (pushed back up)");
        }
        int x = LEFT;
        int y = 10;
        for (int i = 0; i < names.size(); i++) {
            int width = 22 + fm.stringWidth(names.get(i));
            if (x > LEFT && x + width > LEFT + w) {
                x = LEFT;
                y += LEGEND_ROW;
            }
            g.setColor(colours.get(i));
            g.fillRect(x, y, 16, 16);
            g.setColor(ChartColors.TEXT);
            g.drawString(names.get(i), x + 22, y + 8 + fm.getAscent() / 2 - 1);
            x += width + 22;
        }
        return y + LEGEND_ROW;
    }

    private static void centred(Graphics2D g, String text, int x, int y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, x - fm.stringWidth(text) / 2, y + fm.getAscent() / 2 - 2);
    }
}
