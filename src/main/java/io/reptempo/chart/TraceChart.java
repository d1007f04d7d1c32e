package io.reptempo.chart;

import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.Mount;
import io.reptempo.reps.Phase;
import io.reptempo.reps.PhaseKind;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import io.reptempo.reps.Shortening;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The set over time: displacement (bar, cm) or angle (limb, deg) above velocity, sharing the time
 * axis, each rep's phases shaded in their colours, rep numbers on top and every unwanted shortening
 * in red.
 */
public final class TraceChart {
    private TraceChart() {
    }

    public static JFreeChart create(SetResult result, MotionTrace trace, String sourceName) {
        AnalysisSettings settings = result.settings();
        boolean bar = settings.mount() == Mount.BAR;
        double scale = bar ? 100 : 1; // m -> cm; degrees stay degrees

        XYSeries position = new XYSeries("position", false, true);
        XYSeries velocity = new XYSeries("velocity", false, true);
        XYSeries positionRed = new XYSeries("position (shortening)", false, true);
        XYSeries velocityRed = new XYSeries("velocity (shortening)", false, true);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<Shortening> shortenings = result.shortenings();
        for (int i = 0; i < trace.size(); i++) {
            double t = trace.t()[i];
            double p = trace.position()[i] * scale;
            double v = trace.velocity()[i];
            position.add(t, Double.isNaN(p) ? null : p);
            velocity.add(t, Double.isNaN(v) ? null : v);
            boolean red = inShortening(t, shortenings);
            positionRed.add(t, red && !Double.isNaN(p) ? p : null);
            velocityRed.add(t, red && !Double.isNaN(v) ? v : null);
            if (!Double.isNaN(p)) {
                lo = Math.min(lo, p);
                hi = Math.max(hi, p);
            }
        }

        NumberAxis positionAxis = new NumberAxis(bar ? "Bar height (cm)" : "Angle (deg)");
        NumberAxis velocityAxis = new NumberAxis(bar ? "Velocity (m/s)" : "Angular velocity (deg/s)");
        XYPlot top = new XYPlot(collection(position, positionRed), null, positionAxis, lineRenderer());
        XYPlot bottom = new XYPlot(collection(velocity, velocityRed), null, velocityAxis, lineRenderer());
        velocityAxis.setAutoRangeIncludesZero(true);
        bottom.addRangeMarker(new ValueMarker(0, ChartColors.TEXT, new BasicStroke(1f)), Layer.BACKGROUND);
        if (lo <= hi) {
            // Head room above the trace for the rep numbers.
            double span = Math.max(hi - lo, bar ? 1 : 5);
            positionAxis.setRange(lo - 0.06 * span, hi + 0.22 * span);
        }
        for (XYPlot p : List.of(top, bottom)) {
            shade(p, result, settings);
        }
        labelReps(top, result, trace, hi, lo);

        NumberAxis time = new NumberAxis("Time (s)");
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(14);
        plot.add(top, 3);
        plot.add(bottom, 2);
        plot.setFixedLegendItems(legend(settings, !shortenings.isEmpty()));
        String title = "The set over time: " + (bar ? "bar height" : "joint angle") + " and velocity";
        String subtitle = sourceName + " - " + settings.exercise().name() + ", " + result.reps().size()
                + (result.reps().size() == 1 ? " rep" : " reps")
                + (shortenings.isEmpty() ? "" : ", " + shortenings.size() + " unwanted shortening"
                + (shortenings.size() == 1 ? "" : "s") + " in red");
        JFreeChart chart = ChartStyle.chart(title, subtitle, plot, true);
        if (trace.size() == 0) {
            top.setNoDataMessage("No motion was measured");
        }
        return chart;
    }

    private static XYSeriesCollection collection(XYSeries main, XYSeries red) {
        XYSeriesCollection c = new XYSeriesCollection();
        c.addSeries(main);
        c.addSeries(red);
        return c;
    }

    private static XYLineAndShapeRenderer lineRenderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, ChartColors.TRACE);
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setSeriesPaint(1, ChartColors.SHORTENING);
        r.setSeriesStroke(1, new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        r.setDrawSeriesLineAsPath(true); // one SVG path per series, not one element per segment; NaN still breaks it
        return r;
    }

    private static boolean inShortening(double t, List<Shortening> shortenings) {
        for (Shortening s : shortenings) {
            if (t >= s.startS() && t <= s.endS()) {
                return true;
            }
        }
        return false;
    }

    /** Each phase shaded in its colour; shortenings over them in pale red. */
    private static void shade(XYPlot plot, SetResult result, AnalysisSettings settings) {
        for (Rep rep : result.reps()) {
            boolean pushedBack = PhaseSequence.concentricIsShortening(settings, rep);
            for (Phase ph : rep.phases()) {
                Color c = pushedBack && ph.kind() == PhaseKind.CONCENTRIC ? ChartColors.SHORTENING
                        : ChartColors.phase(ph.kind());
                IntervalMarker m = new IntervalMarker(ph.startS(), ph.endS(), ChartColors.shade(c));
                m.setOutlinePaint(null);
                plot.addDomainMarker(m, Layer.BACKGROUND);
            }
        }
        for (Shortening s : result.shortenings()) {
            IntervalMarker m = new IntervalMarker(s.startS(), s.endS(), ChartColors.shade(ChartColors.SHORTENING));
            m.setOutlinePaint(null);
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
    }

    /** Rep numbers in the head room above the trace; flagged reps in red. */
    private static void labelReps(XYPlot plot, SetResult result, MotionTrace trace, double hi, double lo) {
        List<Rep> reps = result.reps();
        if (reps.isEmpty() || trace.size() == 0 || !(lo <= hi)) {
            return;
        }
        double duration = Math.max(trace.t()[trace.size() - 1] - trace.t()[0], 1e-6);
        double setSpan = Math.max(reps.get(reps.size() - 1).endS() - reps.get(0).startS(), 1e-6);
        double pxPerRep = 1000.0 * (setSpan / reps.size()) / duration; // about 1000 px of plot width
        // The widest number (bold 18 px, about 11 px a digit) and a gap must fit between two labels.
        double labelPx = 11 * String.valueOf(reps.size()).length() + 16;
        int every = niceStep((int) Math.ceil(labelPx / pxPerRep));
        double span = Math.max(hi - lo, 1e-9);
        double y = hi + 0.12 * span;
        for (Rep rep : reps) {
            if (every > 1 && rep.index() % every != 0) {
                continue;
            }
            XYTextAnnotation a = new XYTextAnnotation(String.valueOf(rep.index()), (rep.startS() + rep.endS()) / 2, y);
            a.setFont(ChartStyle.REP_NUMBER);
            a.setPaint(rep.flags().isEmpty() ? ChartColors.TEXT : ChartColors.FLAGGED_LABEL);
            a.setTextAnchor(TextAnchor.CENTER);
            plot.addAnnotation(a);
        }
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, ... at least {@code n}: rep numbers a coach can count along. */
    static int niceStep(int n) {
        int step = 1;
        while (true) {
            for (int m : new int[] {1, 2, 5}) {
                if (step * m >= n) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    private static LegendItemCollection legend(AnalysisSettings settings, boolean shortening) {
        LegendItemCollection items = new LegendItemCollection();
        Rectangle2D box = new Rectangle2D.Double(-8, -8, 16, 16);
        for (PhaseKind k : PhaseSequence.of(settings)) {
            items.add(new LegendItem(PhaseSequence.label(k, settings), null, null, null, box,
                    ChartColors.shade(ChartColors.phase(k)), new BasicStroke(1f), Color.WHITE));
        }
        if (shortening) {
            items.add(new LegendItem("shortening (pushed back up)", null, null, null, box,
                    ChartColors.shade(ChartColors.SHORTENING), new BasicStroke(1f), Color.WHITE));
        }
        return items;
    }
}
