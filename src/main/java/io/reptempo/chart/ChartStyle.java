package io.reptempo.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Fonts and plot decoration shared by every chart: sized for 1200x800 (no text under 14 px) and
 * print (white background, light grid, no 3-D or gradient effects).
 */
public final class ChartStyle {
    static final String FAMILY = Font.SANS_SERIF;
    public static final Font TITLE = new Font(FAMILY, Font.BOLD, 24);
    public static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 16);
    public static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 17);
    public static final Font TICK = new Font(FAMILY, Font.PLAIN, 15);
    public static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 15);
    public static final Font ANNOTATION = new Font(FAMILY, Font.PLAIN, 14);
    public static final Font REP_NUMBER = new Font(FAMILY, Font.BOLD, 18);
    public static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 5f}, 0f);

    private ChartStyle() {
    }

    /** A chart with the house title, an optional subtitle and the legend below the plot. */
    public static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(ChartColors.TEXT);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        if (subtitle != null && !subtitle.isBlank()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(ChartColors.TEXT);
            chart.addSubtitle(sub);
        }
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(LEGEND);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        }
        decorate(plot);
        return chart;
    }

    /** White background, light grid lines and readable axes, for a plot and its subplots. */
    static void decorate(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(ChartColors.GRID);
        plot.setNoDataMessageFont(AXIS_LABEL);
        if (plot instanceof CombinedDomainXYPlot c) {
            axis(c.getDomainAxis());
            c.getSubplots().forEach(p -> decorate((Plot) p));
        } else if (plot instanceof CombinedDomainCategoryPlot c) {
            axis(c.getDomainAxis());
            c.getSubplots().forEach(p -> decorate((Plot) p));
        } else if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(ChartColors.GRID);
            xy.setRangeGridlinePaint(ChartColors.GRID);
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(ChartColors.GRID);
            cat.setRangeGridlineStroke(new BasicStroke(1f));
            for (int i = 0; i < cat.getDomainAxisCount(); i++) {
                axis(cat.getDomainAxis(i));
            }
            for (int i = 0; i < cat.getRangeAxisCount(); i++) {
                axis(cat.getRangeAxis(i));
            }
        }
    }

    private static void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(AXIS_LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(ChartColors.TEXT);
        axis.setTickLabelPaint(ChartColors.TEXT);
        axis.setAxisLinePaint(ChartColors.GRID);
    }
}
