package io.reptempo.chart;

import io.reptempo.reps.Mount;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Sessions in date order: mean eccentric time, range of motion, load and mean concentric velocity,
 * one small plot each over a shared session axis, for the weeks of gradually adding load.
 */
public final class ProgressChart {
    /** Past this many sessions the values printed at each point would collide. */
    static final int MAX_VALUE_LABELS = 16;
    /** Past this many sessions the dates are turned to fit under their points. */
    static final int MAX_FLAT_DATES = 10;

    private ProgressChart() {
    }

    public static JFreeChart create(List<ProgressPoint> sessions, Mount mount, String subtitle) {
        boolean bar = mount == Mount.BAR;
        boolean labels = sessions.size() <= MAX_VALUE_LABELS;
        CategoryAxis sessionAxis = new CategoryAxis("Session");
        sessionAxis.setLowerMargin(0.04);
        sessionAxis.setUpperMargin(0.04);
        if (sessions.size() > MAX_FLAT_DATES) {
            sessionAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(sessionAxis);
        plot.setGap(12);
        // Each axis spans at least a coach's "meaningful change", so noise does not look like progress.
        plot.add(subplot(sessions, "Eccentric (s)", ProgressPoint::eccentricS, ChartColors.ECCENTRIC, "%.1f", 2, labels),
                1);
        plot.add(subplot(sessions, bar ? "ROM (cm)" : "ROM (deg)", ProgressPoint::rom, ChartColors.ROM,
                bar ? "%.1f" : "%.0f", bar ? 10 : 20, labels), 1);
        plot.add(subplot(sessions, "Load (kg)", ProgressPoint::loadKg, ChartColors.TEXT, "%.1f", 10, labels), 1);
        plot.add(subplot(sessions, bar ? "Velocity (m/s)" : "Velocity (deg/s)", ProgressPoint::velocity,
                ChartColors.CONCENTRIC, bar ? "%.2f" : "%.0f", bar ? 0.2 : 40, labels), 1);
        subtitle = subtitle + " - per session: mean eccentric time, mean ROM, load, mean concentric velocity";
        return ChartStyle.chart("Progress across sessions", subtitle, plot, false);
    }

    private static CategoryPlot subplot(List<ProgressPoint> sessions, String axisLabel,
                                        Function<ProgressPoint, Double> value, Color color, String format,
                                        double minimumSpan, boolean labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean any = false;
        for (ProgressPoint p : sessions) {
            Double v = value.apply(p);
            any |= v != null;
            data.addValue(v, axisLabel, p.label());
        }
        NumberAxis axis = new NumberAxis(axisLabel);
        axis.setAutoRangeIncludesZero(false);
        axis.setAutoRangeMinimumSize(minimumSpan);
        axis.setUpperMargin(0.35); // room for the value printed above each point
        axis.setLowerMargin(0.15);
        axis.setTickLabelsVisible(true);
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, color);
        r.setSeriesStroke(0, new BasicStroke(3f));
        r.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        r.setDefaultItemLabelsVisible(labels);
        r.setDefaultItemLabelFont(ChartStyle.ANNOTATION);
        r.setDefaultItemLabelPaint(ChartColors.TEXT);
        r.setDefaultItemLabelGenerator(new Formatted(format));
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        r.setItemLabelAnchorOffset(6);
        CategoryPlot plot = new CategoryPlot(any ? data : new DefaultCategoryDataset(), null, axis, r);
        plot.setNoDataMessage(axisLabel.replaceAll(" \\(.*", "") + ": not recorded");
        return plot;
    }

    /** The value with the subplot's precision. */
    static final class Formatted extends StandardCategoryItemLabelGenerator {
        private final String format;

        Formatted(String format) {
            this.format = format;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number v = dataset.getValue(row, column);
            return v == null ? null : String.format(Locale.ROOT, format, v.doubleValue());
        }
    }
}
