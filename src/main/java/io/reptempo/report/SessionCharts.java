package io.reptempo.report;

import io.reptempo.chart.ChartExport;
import io.reptempo.chart.TempoChart;
import io.reptempo.chart.TraceChart;
import io.reptempo.chart.VelocityRomChart;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** The three charts of one session, exported as image files, inline SVG for HTML and PNG for PDF. */
public final class SessionCharts {
    /** A chart with its file stem and a caption for the reports. */
    public record Named(String stem, String caption, JFreeChart chart) {
    }

    /**
     * Charts in the PDF are laid out 860 wide, so at the page's 515 pt their text is about 8-9 pt;
     * the height depends on the room on the page.
     */
    static final int PDF_WIDTH = 860;

    private final List<Named> charts;

    private SessionCharts(List<Named> charts) {
        this.charts = charts;
    }

    public static SessionCharts of(Session session) {
        String name = session.name();
        return new SessionCharts(List.of(
                new Named("tempo", "Tempo per rep: each phase in its colour, off-target phases outlined in black.",
                        TempoChart.create(session.result(), name)),
                new Named("trace", "The set over time: phases shaded, rep numbers on top, unwanted shortening in red.",
                        TraceChart.create(session.result(), session.trace(), name)),
                new Named("velocity_rom", "Mean concentric velocity with the loss against the best rep, and range of "
                        + "motion against the set's best.", VelocityRomChart.create(session.result(), name))));
    }

    public List<Named> charts() {
        return charts;
    }

    /** Writes NAME.png and NAME.svg for each chart; returns the files written. */
    public List<Path> writeImages(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Named c : charts) {
            Path png = dir.resolve(c.stem() + ".png");
            Path svg = dir.resolve(c.stem() + ".svg");
            ChartExport.writePng(c.chart(), png);
            ChartExport.writeSvg(c.chart(), svg, c.stem() + "-");
            files.add(png);
            files.add(svg);
        }
        return files;
    }

    /** Each chart as an {@code <svg>} element for embedding, ids kept apart by the chart's stem. */
    public List<String> svgElements() {
        List<String> out = new ArrayList<>();
        for (Named c : charts) {
            out.add(ChartExport.svgElement(c.chart(), ChartExport.WIDTH, ChartExport.HEIGHT, c.stem() + "-"));
        }
        return out;
    }

    /** Chart {@code index} as a sharp PNG laid out {@value #PDF_WIDTH} wide and {@code height} high. */
    public byte[] pdfImage(int index, int height) {
        return ChartExport.png(charts.get(index).chart(), PDF_WIDTH, height, 2.5);
    }
}
