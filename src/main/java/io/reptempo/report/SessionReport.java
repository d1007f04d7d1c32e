package io.reptempo.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every file of one session's report into a folder: report.html, report.pdf, reps.csv,
 * session.json (the same as {@code analyze --json}) and the charts as PNG and SVG.
 */
public final class SessionReport {
    public static final String HTML = "report.html";
    public static final String PDF = "report.pdf";
    public static final String CSV = "reps.csv";
    public static final String JSON = "session.json";

    private SessionReport() {
    }

    /** Returns the files written, the HTML page first. */
    public static List<Path> write(Session session, Path dir) throws IOException {
        Files.createDirectories(dir);
        SessionCharts charts = SessionCharts.of(session);
        List<Path> images = charts.writeImages(dir);
        RepCsv.write(session.result(), dir.resolve(CSV));
        SetJson.write(session.result(), session.source(), dir.resolve(JSON));
        PdfReport.write(session, charts, dir.resolve(PDF));
        List<String> links = new ArrayList<>(List.of(PDF, CSV, JSON));
        images.forEach(p -> links.add(p.getFileName().toString()));
        Path html = dir.resolve(HTML);
        Files.writeString(html, HtmlReport.render(session, charts, links), StandardCharsets.UTF_8);
        List<Path> written = new ArrayList<>();
        written.add(html);
        for (String l : links) {
            written.add(dir.resolve(l));
        }
        return written;
    }
}
