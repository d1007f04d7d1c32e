package io.reptempo.chart;

import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.PhaseKind;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import io.reptempo.reps.TempoPrescription;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Tempo per rep: one horizontal bar per rep split into its phases in time order, the target
 * tempo as a reference bar on top, off-target phases outlined in black and flagged reps named
 * in red with their flags.
 */
public final class TempoChart {
    /** More reps than this and only every few get a label: fonts must not shrink below 14 px. */
    static final int MAX_LABELLED_REPS = 24;
    /** Up to this many reps each row is tall enough for a label on two lines. */
    static final int TWO_LINE_LABELS_MAX_REPS = 12;
    private static final Stroke OFF_TARGET_STROKE = new BasicStroke(4f);
    private static final Color TRANSPARENT = new Color(0, 0, 0, 0);

    private TempoChart() {
    }

    public static JFreeChart create(SetResult result, String sourceName) {
        AnalysisSettings settings = result.settings();
        List<PhaseKind> order = PhaseSequence.of(settings);
        TempoPrescription target = settings.target();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Rep> reps = result.reps();
        int columns = reps.size() + (target == null ? 0 : 1);
        boolean[][] off = new boolean[4][columns];
        boolean[][] shortening = new boolean[4][columns];
        List<String> keys = new ArrayList<>();
        if (target != null) {
            String key = "Target " + target;
            keys.add(key);
            for (PhaseKind k : order) {
                double want = target.target(k);
                data.addValue(Double.isNaN(want) ? null : want, PhaseSequence.label(k, settings), key);
            }
        }
        int every = reps.size() > MAX_LABELLED_REPS ? (int) Math.ceil(reps.size() / (double) MAX_LABELLED_REPS) : 1;
        for (Rep rep : reps) {
            String key = categoryKey(rep, every);
            int col = keys.size();
            keys.add(key);
            boolean pushedBack = PhaseSequence.concentricIsShortening(settings, rep);
            for (int row = 0; row < order.size(); row++) {
                PhaseKind k = order.get(row);
                data.addValue(rep.duration(k), PhaseSequence.label(k, settings), key);
                off[row][col] = FlagLabels.offTarget(rep, k);
                shortening[row][col] = pushedBack && k == PhaseKind.CONCENTRIC;
            }
        }

        CategoryAxis repAxis = new CategoryAxis(null);
        repAxis.setCategoryMargin(0.22);
        repAxis.setLowerMargin(0.02);
        repAxis.setUpperMargin(0.02);
        repAxis.setMaximumCategoryLabelWidthRatio(0.32f);
        repAxis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        if (reps.size() <= TWO_LINE_LABELS_MAX_REPS) {
            repAxis.setMaximumCategoryLabelLines(2); // a rep with many flags wraps instead of being cut
        }
        NumberAxis seconds = new NumberAxis("Seconds from the start of the rep (s)");
        seconds.setUpperMargin(0.1); // room right of the target line for its label

        PhaseRenderer bars = new PhaseRenderer(order, shortening);
        CategoryPlot plot = new CategoryPlot(data, repAxis, seconds, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // Seconds along the bottom, like the time axis of the trace chart.
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        OffTargetOutline outline = new OffTargetOutline(off);
        plot.setDataset(1, data);
        plot.setRenderer(1, outline);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        if (target != null) {
            addTargetEnd(plot, order, target);
        }
        plot.setFixedLegendItems(legend(order, settings, any(off), any(shortening)));
        plot.setNoDataMessage("No reps found");

        String title = "Tempo per rep" + (target != null ? " against the target " + target : "");
        String subtitle = sourceName + " - " + settings.exercise().name() + ", " + reps.size()
                + (reps.size() == 1 ? " rep" : " reps") + ", average tempo "
                + (reps.isEmpty() ? "-" : result.summary().averageTempo())
                // The bars run in time order; say so when that differs from the notation's order.
                + (settings.exercise().eccentricFirst() || reps.isEmpty() ? "" : " (written eccentric first)");
        JFreeChart chart = ChartStyle.chart(title, subtitle, plot, true);
        for (int i = 0; i < reps.size(); i++) {
            Rep rep = reps.get(i);
            String key = keys.get(i + (target == null ? 0 : 1));
            if (!rep.flags().isEmpty()) {
                repAxis.setTickLabelPaint(key, ChartColors.FLAGGED_LABEL);
            }
            if (every > 1 && rep.index() % every != 0) {
                repAxis.setTickLabelPaint(key, TRANSPARENT); // still a category, just unlabelled
            }
        }
        if (target != null) {
            repAxis.setTickLabelFont(keys.get(0), ChartStyle.TICK.deriveFont(Font.BOLD));
        }
        return chart;
    }

    /** "Rep 5 ! velocity loss, pause long"; the rep number alone when there are too many to name. */
    static String categoryKey(Rep rep, int every) {
        String base = "Rep " + rep.index();
        if (rep.flags().isEmpty() || every > 1) {
            return base;
        }
        return base + " \u2691 " + String.join(", ", FlagLabels.shortNames(rep));
    }

    /** A dashed line where a rep on target would end, so long and short reps stand out at a glance. */
    private static void addTargetEnd(CategoryPlot plot, List<PhaseKind> order, TempoPrescription target) {
        double total = 0;
        for (PhaseKind k : order) {
            double v = target.target(k);
            total += Double.isNaN(v) ? 0 : v;
        }
        ValueMarker end = new ValueMarker(total, ChartColors.TEXT, ChartStyle.DASHED);
        end.setLabel("target " + TempoPrescription.formatSeconds(total) + " s");
        end.setLabelFont(ChartStyle.ANNOTATION);
        end.setLabelPaint(ChartColors.TEXT);
        end.setLabelBackgroundColor(Color.WHITE);
        end.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        end.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addRangeMarker(end, Layer.BACKGROUND); // behind the bars: it must not cross their numbers
    }

    private static boolean any(boolean[][] table) {
        for (boolean[] row : table) {
            for (boolean b : row) {
                if (b) {
                    return true;
                }
            }
        }
        return false;
    }

    private static LegendItemCollection legend(List<PhaseKind> order, AnalysisSettings settings, boolean offTarget,
                                               boolean shortening) {
        LegendItemCollection items = new LegendItemCollection();
        Rectangle2D box = new Rectangle2D.Double(-8, -8, 16, 16);
        for (PhaseKind k : order) {
            items.add(new LegendItem(PhaseSequence.label(k, settings), null, null, null, box, ChartColors.phase(k),
                    new BasicStroke(1f), Color.WHITE));
        }
        if (shortening) {
            items.add(new LegendItem("shortening (pushed back up)", null, null, null, box, ChartColors.SHORTENING,
                    new BasicStroke(1f), Color.WHITE));
        }
        if (offTarget) {
            items.add(new LegendItem("off target (black outline)", null, null, null, box, Color.WHITE,
                    new BasicStroke(3f), Color.BLACK));
        }
        return items;
    }

    /** Phase colours, red for an unwanted shortening, seconds printed inside segments wide enough to hold them. */
    static final class PhaseRenderer extends StackedBarRenderer {
        private final List<PhaseKind> order;
        private final boolean[][] shortening;

        PhaseRenderer(List<PhaseKind> order, boolean[][] shortening) {
            this.order = order;
            this.shortening = shortening;
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(true);
            setDefaultOutlinePaint(Color.WHITE);
            setDefaultOutlineStroke(new BasicStroke(1.5f));
            setMaximumBarWidth(0.09);
            setDefaultItemLabelsVisible(true);
            setDefaultItemLabelFont(ChartStyle.ANNOTATION);
            setDefaultItemLabelGenerator(new SecondsLabels());
            setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
            for (int i = 0; i < order.size(); i++) {
                setSeriesPaint(i, ChartColors.phase(order.get(i)));
            }
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            if (isShortening(row, column)) {
                return ChartColors.SHORTENING;
            }
            return ChartColors.phase(order.get(row));
        }

        @Override
        public Paint getItemLabelPaint(int row, int column) {
            return ChartColors.textOn((Color) getItemPaint(row, column));
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row,
                             int column, int pass) {
            // The white line between segments must not wash out the thin bars of a long set.
            float width = (float) Math.min(1.5, state.getBarWidth() / 8);
            setDefaultOutlineStroke(new BasicStroke(width), false);
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        }

        private boolean isShortening(int row, int column) {
            return column < shortening[row].length && shortening[row][column];
        }
    }

    /** Draws only the black outline of off-target phases, on top of the bars so no neighbour hides it. */
    static final class OffTargetOutline extends StackedBarRenderer {
        private final boolean[][] off;

        OffTargetOutline(boolean[][] off) {
            this.off = off;
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(true);
            setDefaultPaint(TRANSPARENT);
            setDefaultOutlinePaint(Color.BLACK);
            setDefaultOutlineStroke(OFF_TARGET_STROKE);
            setMaximumBarWidth(0.09);
            setAutoPopulateSeriesPaint(false);
            setAutoPopulateSeriesOutlinePaint(false);
            setAutoPopulateSeriesOutlineStroke(false);
            setDefaultSeriesVisibleInLegend(false);
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis,
                             CategoryDataset dataset, int row, int column, int pass) {
            if (column < off[row].length && off[row][column]) {
                // A quarter of the bar's thickness at most, so thin bars in a long set are not buried in black.
                float width = (float) Math.max(0.75, Math.min(4, state.getBarWidth() / 4));
                setDefaultOutlineStroke(new BasicStroke(width), false);
                super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            }
        }
    }

    /** "3.5" inside a segment; nothing in one too thin to hold the text. */
    static final class SecondsLabels extends StandardCategoryItemLabelGenerator {
        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number v = dataset.getValue(row, column);
            if (v == null) {
                return null;
            }
            double max = 0;
            for (int c = 0; c < dataset.getColumnCount(); c++) {
                double sum = 0;
                for (int r = 0; r < dataset.getRowCount(); r++) {
                    Number x = dataset.getValue(r, c);
                    sum += x == null ? 0 : x.doubleValue();
                }
                max = Math.max(max, sum);
            }
            // Three characters at 14 px need about 4 % of the axis on a 1200 px chart.
            if (v.doubleValue() < 0.045 * max) {
                return null;
            }
            return String.format(Locale.ROOT, "%.1f", v.doubleValue());
        }
    }
}
