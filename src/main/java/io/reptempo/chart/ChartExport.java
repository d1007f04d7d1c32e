package io.reptempo.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Draws a chart to PNG bytes or an SVG document, off screen (works headless). */
public final class ChartExport {
    /** The size every chart is designed for; fonts are sized so they stay readable at it. */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 800;

    private ChartExport() {
    }

    /**
     * PNG of the chart laid out at {@code width} x {@code height}, with {@code scale} pixels per unit
     * (2 gives a sharp image for print without changing the layout).
     */
    public static byte[] png(JFreeChart chart, int width, int height, double scale) {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            // White first: a fractional scale leaves the last pixel row half drawn, black otherwise.
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return out.toByteArray();
    }

    /**
     * The chart as one {@code <svg>} element with a viewBox, so it scales when embedded in HTML.
     * {@code idPrefix} keeps clip-path ids apart when several charts share one page.
     */
    public static String svgElement(JFreeChart chart, int width, int height, String idPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(idPrefix);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGElement(idPrefix + "chart", true, new ViewBox(0, 0, width, height), null, null);
    }

    public static void writePng(JFreeChart chart, Path file) throws IOException {
        Files.write(file, png(chart, WIDTH, HEIGHT, 1));
    }

    /** A standalone SVG file (no DOCTYPE, so XML tools need no network to read it). */
    public static void writeSvg(JFreeChart chart, Path file, String idPrefix) throws IOException {
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement(chart, WIDTH, HEIGHT, idPrefix) + "\n";
        Files.writeString(file, svg, StandardCharsets.UTF_8);
    }
}
