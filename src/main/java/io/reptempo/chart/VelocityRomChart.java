package io.reptempo.chart;

import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.FlagType;
import io.reptempo.reps.Mount;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.text.TextUtils;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Per rep: mean concentric velocity with each rep's loss against the best rep printed on its bar,
 * and range of motion against the set's best with the partial-range threshold.
 */
public final class VelocityRomChart {
    /** Past this many reps the per-bar percentages would collide; the bars and lines still tell. */
    static final int MAX_BAR_LABELS = 40;
    /** Past this many reps the bars are too narrow for labels across them. */
    static final int CROWDED_REPS = 14;
    /** Past this many reps only every few are numbered on the axis. */
    static final int MAX_REP_NUMBERS = 25;

    private VelocityRomChart() {
    }

    public static JFreeChart create(SetResult result, String sourceName) {
        AnalysisSettings settings = result.settings();
        boolean bar = settings.mount() == Mount.BAR;
        List<Rep> reps = result.reps();
        boolean labels = reps.size() <= MAX_BAR_LABELS;

        DefaultCategoryDataset velocity = new DefaultCategoryDataset();
        DefaultCategoryDataset rom = new DefaultCategoryDataset();
        boolean anyVelocity = reps.stream().anyMatch(r -> r.meanConcentricVelocity() != null);
        for (Rep r : reps) {
            String key = String.valueOf(r.index());
            if (anyVelocity) {
                velocity.addValue(r.meanConcentricVelocity(), "mean concentric velocity", key);
            }
            rom.addValue(r.rom() * (bar ? 100 : 1), "range of motion", key);
        }

        NumberAxis vAxis = new NumberAxis(bar ? "Velocity (m/s)" : "Velocity (deg/s)");
        // Many narrow bars get their labels turned and above them: keep room for that at the top.
        double headRoom = reps.size() > CROWDED_REPS ? 0.25 : 0.1;
        vAxis.setUpperMargin(headRoom);
        FlagBars vBars = new FlagBars(reps, FlagType.VELOCITY_LOSS, ChartColors.CONCENTRIC);
        if (labels) {
            vBars.setDefaultItemLabelGenerator(new LossLabels(reps));
            vBars.setDefaultItemLabelsVisible(true);
        }
        CategoryPlot vPlot = new CategoryPlot(velocity, null, vAxis, vBars);
        vPlot.setNoDataMessage(PhaseSequence.returnedBySpotter(settings)
                ? "No concentric velocity: a spotter returned the load" : "No concentric velocity measured");
        Double best = result.summary().bestMeanConcentricVelocity();
        if (best != null) {
            String unit = bar ? "m/s" : "deg/s";
            line(vPlot, best, "best " + velocityText(best, bar) + " " + unit, new BasicStroke(2f), ChartColors.TEXT);
            double limit = best * (1 - settings.velocityLossLimitPct() / 100);
            line(vPlot, limit, String.format(Locale.ROOT, "%.0f %% loss limit", settings.velocityLossLimitPct()),
                    ChartStyle.DASHED, ChartColors.OVER_LIMIT);
        }

        double scale = bar ? 100 : 1;
        String romUnit = bar ? "cm" : "deg";
        NumberAxis rAxis = new NumberAxis("ROM (" + romUnit + ")");
        rAxis.setUpperMargin(headRoom);
        FlagBars rBars = new FlagBars(reps, FlagType.PARTIAL_RANGE, ChartColors.ROM);
        if (labels) {
            rBars.setDefaultItemLabelGenerator(new RomLabels(bar));
            rBars.setDefaultItemLabelsVisible(true);
        }
        CategoryPlot rPlot = new CategoryPlot(rom, null, rAxis, rBars);
        rPlot.setNoDataMessage("No reps found");
        double bestRom = result.summary().bestRom() * scale;
        if (bestRom > 0) {
            line(rPlot, bestRom, String.format(Locale.ROOT, "best %.0f %s", bestRom, romUnit), new BasicStroke(2f),
                    ChartColors.TEXT);
            line(rPlot, bestRom * settings.partialRomFraction(), String.format(Locale.ROOT,
                    "partial below %.0f %%", 100 * settings.partialRomFraction()), ChartStyle.DASHED,
                    ChartColors.OVER_LIMIT);
        }

        CategoryAxis repAxis = new CategoryAxis("Rep");
        repAxis.setCategoryMargin(0.25);
        repAxis.setLowerMargin(0.02);
        // Empty room right of the last bar for the labels of the reference lines.
        repAxis.setUpperMargin(0.2);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(repAxis);
        plot.setGap(16);
        plot.add(vPlot, 1);
        plot.add(rPlot, 1);
        plot.setFixedLegendItems(legend(bar));
        String lossText = result.summary().velocityLossPct() == null ? ""
                : String.format(Locale.ROOT, ", velocity loss %.0f %% by the last rep", result.summary().velocityLossPct());
        JFreeChart chart = ChartStyle.chart("Velocity and range of motion per rep",
                sourceName + " - " + settings.exercise().name() + lossText, plot, true);
        int every = reps.size() > MAX_REP_NUMBERS ? (int) Math.ceil(reps.size() / (double) MAX_REP_NUMBERS) : 1;
        if (every > 1) {
            // Every few reps numbered, each number free to be wider than its own narrow bar.
            repAxis.setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(
                    CategoryLabelPositions.STANDARD, new CategoryLabelPosition(RectangleAnchor.TOP,
                            TextBlockAnchor.TOP_CENTER, CategoryLabelWidthType.RANGE, 0.2f)));
        }
        for (Rep r : reps) {
            String key = String.valueOf(r.index());
            if (every > 1 && r.index() % every != 0) {
                repAxis.setTickLabelPaint(key, new Color(0, 0, 0, 0));
            } else if (!r.flags().isEmpty()) {
                repAxis.setTickLabelPaint(key, ChartColors.FLAGGED_LABEL);
            }
        }
        return chart;
    }

    private static String velocityText(double v, boolean bar) {
        return bar ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.0f", v);
    }

    /** A horizontal reference line labelled at its right end (the empty margin), under the line. */
    private static void line(CategoryPlot plot, double value, String label, BasicStroke stroke, Color color) {
        ValueMarker m = new ValueMarker(value, color, stroke);
        m.setLabel(label);
        m.setLabelFont(ChartStyle.ANNOTATION);
        m.setLabelPaint(color == ChartColors.OVER_LIMIT ? ChartColors.OVER_LIMIT.darker() : color);
        m.setLabelBackgroundColor(Color.WHITE);
        // Below the line: the best line is the top of the data, and above it the label would be clipped.
        m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        m.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        // Behind the bars, so a line never runs through the percentage printed on a bar.
        plot.addRangeMarker(m, Layer.BACKGROUND);
    }

    private static LegendItemCollection legend(boolean bar) {
        LegendItemCollection items = new LegendItemCollection();
        Rectangle2D box = new Rectangle2D.Double(-8, -8, 16, 16);
        items.add(new LegendItem("mean concentric velocity", null, null, null, box, ChartColors.CONCENTRIC,
                new BasicStroke(1f), Color.WHITE));
        items.add(new LegendItem("range of motion", null, null, null, box, ChartColors.ROM, new BasicStroke(1f),
                Color.WHITE));
        items.add(new LegendItem("over the limit (velocity loss, partial range)", null, null, null, box,
                ChartColors.OVER_LIMIT, new BasicStroke(1f), Color.WHITE));
        return items;
    }

    /**
     * Bars in one colour, orange for the reps that carry {@code flag}. Labels run across the top of
     * the bars when the widest fits, else all turned to run down the bars (the same way on every
     * bar reads best); one that still does not fit goes above its bar in dark text.
     */
    static final class FlagBars extends BarRenderer {
        private static final ItemLabelPosition ACROSS = new ItemLabelPosition(ItemLabelAnchor.INSIDE12,
                TextAnchor.TOP_CENTER);
        private static final ItemLabelPosition DOWN = new ItemLabelPosition(ItemLabelAnchor.INSIDE12,
                TextAnchor.CENTER_RIGHT, TextAnchor.CENTER_RIGHT, -Math.PI / 2);
        private static final ItemLabelPosition ABOVE = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER);
        private static final ItemLabelPosition UP_ABOVE = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT, -Math.PI / 2);
        private final List<Rep> reps;
        private final FlagType flag;
        private final Color normal;
        /** The position chosen for the label being drawn (JFreeChart asks for it by row and column). */
        private ItemLabelPosition current;
        /** Across or down for this drawing of the chart; null until the first label is drawn. */
        private ItemLabelPosition inside;

        FlagBars(List<Rep> reps, FlagType flag, Color normal) {
            this.reps = reps;
            this.flag = flag;
            this.normal = normal;
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(false);
            setMaximumBarWidth(0.06);
            setDefaultItemLabelFont(ChartStyle.ANNOTATION);
            setDefaultPositiveItemLabelPosition(ACROSS);
            setPositiveItemLabelPositionFallback(null);
            setItemLabelAnchorOffset(6);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return column < reps.size() && reps.get(column).hasFlag(flag) ? ChartColors.OVER_LIMIT : normal;
        }

        @Override
        public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
            return current != null ? current : super.getPositiveItemLabelPosition(row, column);
        }

        @Override
        public Paint getItemLabelPaint(int row, int column) {
            return current == ABOVE || current == UP_ABOVE ? ChartColors.TEXT : ChartColors.textOn((Color) getItemPaint(row, column));
        }

        @Override
        public CategoryItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, CategoryPlot plot,
                                                    int rendererIndex, PlotRenderingInfo info) {
            inside = null; // the chart may be drawn again at another size
            return super.initialise(g2, dataArea, plot, rendererIndex, info);
        }

        @Override
        protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                                     CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
            String label = generator.generateLabel(data, row, column);
            if (label == null) {
                return;
            }
            g2.setFont(getItemLabelFont(row, column));
            if (inside == null) {
                double widest = 0;
                for (int c = 0; c < data.getColumnCount(); c++) {
                    String l = generator.generateLabel(data, row, c);
                    if (l != null) {
                        widest = Math.max(widest, g2.getFontMetrics().stringWidth(l));
                    }
                }
                inside = widest + 6 <= bar.getWidth() ? ACROSS : DOWN;
            }
            // JFreeChart anchors INSIDE12 at the top centre of the bar, the anchor offset below it.
            Shape bounds = TextUtils.calculateRotatedStringBounds(label, g2, (float) bar.getCenterX(),
                    (float) (bar.getMinY() + getItemLabelAnchorOffset()), inside.getTextAnchor(), inside.getAngle(),
                    inside.getRotationAnchor());
            boolean fits = bounds != null && bar.contains(bounds.getBounds2D());
            current = fits ? inside : inside == ACROSS ? ABOVE : UP_ABOVE;
            try {
                super.drawItemLabel(g2, data, row, column, plot, generator, bar, negative);
            } finally {
                current = null;
            }
        }
    }

    /** "best" on the best rep, "-12 %" on the others. */
    static final class LossLabels extends StandardCategoryItemLabelGenerator {
        private final List<Rep> reps;

        LossLabels(List<Rep> reps) {
            this.reps = reps;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Double loss = column < reps.size() ? reps.get(column).velocityLossPct() : null;
            if (loss == null) {
                return null;
            }
            if (loss < 0.5) {
                return "best";
            }
            return String.format(Locale.ROOT, "\u2212%.0f %%", loss);
        }
    }

    /** The ROM value on each bar. */
    static final class RomLabels extends StandardCategoryItemLabelGenerator {
        private final boolean bar;

        RomLabels(boolean bar) {
            this.bar = bar;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number v = dataset.getValue(row, column);
            return v == null ? null : String.format(Locale.ROOT, "%.0f", v.doubleValue());
        }
    }
}
