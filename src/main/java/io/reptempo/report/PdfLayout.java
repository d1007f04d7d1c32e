package io.reptempo.report;

import java.awt.Color;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes A4 pages top to bottom: headings, wrapped text, label/value lines, table rows and images,
 * with a cursor that knows how much room is left. Uses the standard Helvetica fonts, so no font
 * files are needed; characters they cannot show are replaced.
 */
final class PdfLayout implements Closeable {
    static final float MARGIN = 40;
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    /**
     * PDFBox warns that it maps Helvetica to a system font: that only matters for drawing a PDF on
     * screen, not for writing one, and would read like an error to users. Kept in a field so the
     * level holds (java.util.logging keeps loggers weakly).
     */
    private static final Logger PDFBOX_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    static {
        if (PDFBOX_FONTS.getLevel() == null) {
            PDFBOX_FONTS.setLevel(Level.SEVERE);
        }
    }

    private final PDDocument doc = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Character, Boolean> encodable = new HashMap<>();
    private PDPageContentStream cs;
    private float y;

    PdfLayout() throws IOException {
        newPage();
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PAGE.getHeight() - MARGIN;
    }

    /** Room left on this page, in points. */
    float remaining() {
        return y - MARGIN;
    }

    void space(float points) {
        y -= points;
    }

    void title(String text) throws IOException {
        line(text, bold, 18, TEXT, MARGIN);
        y -= 6;
    }

    void subtitle(String text) throws IOException {
        for (String l : wrap(text, regular, 11, WIDTH)) {
            line(l, regular, 11, MUTED, MARGIN);
        }
        y -= 4;
    }

    void heading(String text) throws IOException {
        y -= 8;
        line(text, bold, 12.5f, TEXT, MARGIN);
        y -= 2;
    }

    /** Wrapped text; returns false (writing nothing) when it does not fit on the page. */
    boolean paragraph(String text, float size, float indent) throws IOException {
        List<String> lines = wrap(text, regular, size, WIDTH - indent);
        if (lines.size() * size * 1.3f > remaining()) {
            return false;
        }
        for (String l : lines) {
            line(l, regular, size, TEXT, MARGIN + indent);
        }
        return true;
    }

    /** Label/value lines in two columns. */
    void facts(List<SessionFacts.Line> lines, float size) throws IOException {
        float labelWidth = 0;
        for (SessionFacts.Line l : lines) {
            labelWidth = Math.max(labelWidth, width(l.label(), regular, size));
        }
        float x = MARGIN + labelWidth + 12;
        for (SessionFacts.Line l : lines) {
            List<String> value = wrap(l.value(), regular, size, WIDTH - labelWidth - 12);
            float top = y;
            text(l.label(), regular, size, MUTED, MARGIN, top - size);
            for (String v : value) {
                text(v, regular, size, TEXT, x, y - size);
                y -= size * 1.3f;
            }
        }
    }

    /**
     * One table row: cells at the given column offsets (right-aligned where {@code right} is true),
     * over an optional background.
     */
    void row(String[] cells, float[] columns, boolean[] right, float size, boolean header, Color background)
            throws IOException {
        float h = size * 1.55f;
        if (background != null) {
            cs.setNonStrokingColor(background);
            cs.addRect(MARGIN, y - h, WIDTH, h);
            cs.fill();
        }
        PDType1Font font = header ? bold : regular;
        for (int i = 0; i < cells.length; i++) {
            float colEnd = i + 1 < columns.length ? columns[i + 1] - 6 : WIDTH;
            String cell = fit(cells[i], font, size, colEnd - columns[i]);
            float x = MARGIN + columns[i];
            if (right[i]) {
                x = MARGIN + colEnd - width(cell, font, size);
            }
            text(cell, font, size, TEXT, x, y - size * 1.15f);
        }
        y -= h;
        if (header) {
            cs.setStrokingColor(new Color(0xBB, 0xBB, 0xBB));
            cs.setLineWidth(0.8f);
            cs.moveTo(MARGIN, y);
            cs.lineTo(MARGIN + WIDTH, y);
            cs.stroke();
        }
    }

    /** A PNG scaled to {@code w} x {@code h} points, centred. */
    void image(byte[] png, String name, float w, float h) throws IOException {
        PDImageXObject img = PDImageXObject.createFromByteArray(doc, png, name);
        cs.drawImage(img, MARGIN + (WIDTH - w) / 2, y - h, w, h);
        y -= h;
    }

    void save(Path file) throws IOException {
        cs.close();
        cs = null;
        // Through a stream: PDFBox warns when saving over an existing file, which a re-run report always does.
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            doc.save(out);
        }
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
        }
        doc.close();
    }

    private void line(String text, PDType1Font font, float size, Color color, float x) throws IOException {
        text(text, font, size, color, x, y - size);
        y -= size * 1.3f;
    }

    private void text(String text, PDType1Font font, float size, Color color, float x, float baseline)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, baseline);
        cs.showText(safe(text));
        cs.endText();
    }

    float width(String text, PDType1Font font, float size) throws IOException {
        return font.getStringWidth(safe(text)) / 1000 * size;
    }

    /** Cuts text with "..." to fit {@code max} points. */
    private String fit(String text, PDType1Font font, float size, float max) throws IOException {
        if (width(text, font, size) <= max) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && width(t + "...", font, size) > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "...";
    }

    List<String> wrap(String text, PDType1Font font, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            while (width(word, font, size) > max && word.length() > 1) {
                // A word wider than the line (a long file name): break it where it reaches the edge.
                int cut = word.length() - 1;
                while (cut > 1 && width(word.substring(0, cut), font, size) > max) {
                    cut--;
                }
                if (current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (width(candidate, font, size) <= max || current.length() == 0) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** The text with what Helvetica's encoding cannot show replaced (a file name may hold any character). */
    String safe(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2212' -> sb.append('-');
                case '\u2691' -> sb.append('!');
                case '\t', '\n', '\r' -> sb.append(' ');
                default -> sb.append(canEncode(c) ? c : '?');
            }
        }
        return sb.toString();
    }

    private boolean canEncode(char c) {
        return encodable.computeIfAbsent(c, ch -> {
            try {
                regular.encode(String.valueOf(ch));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }
}
