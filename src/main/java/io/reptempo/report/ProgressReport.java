package io.reptempo.report;

import io.reptempo.chart.ChartExport;
import io.reptempo.chart.ProgressChart;
import io.reptempo.chart.ProgressPoint;
import io.reptempo.reps.Mount;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;

/**
 * Several sessions side by side, in date order: eccentric time, range of motion, load and
 * concentric velocity across sessions (progress.html, progress.pdf, progress.png/.svg), and one
 * sub-folder per session with its own full report.
 */
public final class ProgressReport {
    public static final String HTML = "progress.html";
    public static final String PDF = "progress.pdf";
    static final int PDF_CHART_WIDTH = 900;
    static final int PDF_CHART_HEIGHT = 760;

    /**
     * One session in the progress report.
     *
     * @param folder the session's sub-folder name, e.g. "01-week1"
     */
    public record Entry(Session session, SessionDate date, String folder, ProgressPoint figures) {
    }

    private ProgressReport() {
    }

    /**
     * Writes the progress report and each session's report; returns the entries in date order.
     *
     * @param notIncluded recordings that could not be analysed, with the reason, listed on the page
     */
    public static List<Entry> write(List<Session> sessions, List<String> notIncluded, Path dir, ZoneId zone)
            throws IOException {
        Files.createDirectories(dir);
        List<Entry> entries = order(sessions, zone);
        for (Entry e : entries) {
            SessionReport.write(e.session(), dir.resolve(e.folder()));
        }
        Mount mount = sessions.get(0).result().settings().mount();
        List<ProgressPoint> points = entries.stream().map(Entry::figures).toList();
        String exercises = String.join(", ", entries.stream().map(e -> e.session().result().settings().exercise().name())
                .distinct().toList());
        JFreeChart chart = ProgressChart.create(points, mount, exercises + " - " + entries.size() + " sessions");
        ChartExport.writePng(chart, dir.resolve("progress.png"));
        ChartExport.writeSvg(chart, dir.resolve("progress.svg"), "progress-");
        writePdf(entries, chart, mount, exercises, notIncluded, dir.resolve(PDF));
        String svg = ChartExport.svgElement(chart, ChartExport.WIDTH, ChartExport.HEIGHT, "progress-");
        Files.writeString(dir.resolve(HTML), html(entries, svg, mount, exercises, notIncluded), StandardCharsets.UTF_8);
        return entries;
    }

    /** Date order (metadata date, else file time); sessions without either keep the order given, last. */
    static List<Entry> order(List<Session> sessions, ZoneId zone) {
        List<SessionDate> dates = new ArrayList<>();
        for (Session s : sessions) {
            dates.add(SessionDate.of(s.file(), s.source().metadata(), zone));
        }
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            idx.add(i);
        }
        // List.sort is stable: equal or unknown dates keep the order given.
        idx.sort(Comparator.comparing(i -> dates.get(i).instant(), Comparator.nullsLast(Comparator.naturalOrder())));
        List<Entry> entries = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (int k = 0; k < idx.size(); k++) {
            Session s = sessions.get(idx.get(k));
            SessionDate d = dates.get(idx.get(k));
            String label = d.instant() == null ? s.name() : d.text();
            String unique = label;
            for (int n = 2; !labels.add(unique); n++) {
                unique = label + " (" + n + ")"; // two sessions on one day stay two points
            }
            String folder = String.format(Locale.ROOT, "%02d-%s", k + 1, folderName(s.name()));
            entries.add(new Entry(s, d, folder, figures(s, unique)));
        }
        return entries;
    }

    /** The file name without .csv, reduced to characters safe in any file system and URL. */
    static String folderName(String fileName) {
        String stem = fileName.replaceFirst("(?i)\\.csv$", "");
        String safe = stem.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        if (safe.length() > 60) {
            safe = safe.substring(0, 60);
        }
        return safe.isEmpty() ? "session" : safe;
    }

    static ProgressPoint figures(Session s, String label) {
        SetResult r = s.result();
        boolean bar = r.settings().mount() == Mount.BAR;
        Double ecc = mean(r.reps(), Rep::eccentricS);
        Double rom = mean(r.reps(), rep -> rep.rom() * (bar ? 100 : 1));
        Double velocity = mean(r.reps(), Rep::meanConcentricVelocity);
        Double load = load(s);
        return new ProgressPoint(label, ecc, rom, load, velocity);
    }

    static Double load(Session s) {
        String v = s.source().metadata().get("load_kg");
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.trim());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double mean(List<Rep> reps, java.util.function.Function<Rep, Double> f) {
        double sum = 0;
        int n = 0;
        for (Rep r : reps) {
            Double v = f.apply(r);
            if (v != null) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    private static String html(List<Entry> entries, String svg, Mount mount, String exercises, List<String> notIncluded) {
        boolean bar = mount == Mount.BAR;
        StringBuilder sb = HtmlPage.open("reptempo progress: " + exercises);
        sb.append("<h1>Progress: ").append(entries.size()).append(" sessions</h1>\n");
        sb.append("<p class=\"lead\">").append(HtmlText.escape(exercises)).append(", in date order (the recording's "
                + "date or start_time, else the file's modification time).</p>\n");
        sb.append("<h2>Sessions</h2>\n<table class=\"grid\" id=\"sessions\">\n<thead><tr><th class=\"num\">#</th>")
                .append("<th>Date</th><th>Recording</th><th class=\"num\">Load kg</th><th class=\"num\">Reps</th>")
                .append("<th class=\"num\">Mean ecc s</th><th class=\"num\">Mean ROM ").append(bar ? "cm" : "deg")
                .append("</th><th class=\"num\">Mean con ").append(bar ? "m/s" : "deg/s")
                .append("</th><th class=\"num\">Velocity loss %</th><th class=\"num\">Flagged reps</th>")
                .append("<th class=\"num\">Shortenings</th></tr></thead>\n<tbody>\n");
        int i = 1;
        for (Entry e : entries) {
            SetResult r = e.session().result();
            ProgressPoint p = e.figures();
            long flagged = r.reps().stream().filter(rep -> !rep.flags().isEmpty()).count();
            sb.append("<tr class=\"session\"><td class=\"num\">").append(i++).append("</td><td>")
                    .append(HtmlText.escape(e.date().text())).append(" <span class=\"note\">(")
                    .append(HtmlText.escape(e.date().source())).append(")</span></td><td><a href=\"")
                    .append(HtmlText.href(e.folder() + "/" + SessionReport.HTML)).append("\">")
                    .append(HtmlText.escape(e.session().name())).append("</a></td><td class=\"num load\">")
                    .append(num(p.loadKg(), "%.1f")).append("</td><td class=\"num\">").append(r.reps().size())
                    .append("</td><td class=\"num\">").append(num(p.eccentricS(), "%.1f"))
                    .append("</td><td class=\"num\">").append(num(p.rom(), bar ? "%.1f" : "%.0f"))
                    .append("</td><td class=\"num\">").append(num(p.velocity(), bar ? "%.2f" : "%.0f"))
                    .append("</td><td class=\"num\">").append(num(r.summary().velocityLossPct(), "%.0f"))
                    .append("</td><td class=\"num\">").append(flagged).append("</td><td class=\"num\">")
                    .append(r.summary().shorteningCount()).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        sb.append("<p class=\"note\">Load comes from the recording's <code># load_kg=</code> line; blank when it has "
                + "none. Means are over the reps of each session.</p>\n");
        if (!notIncluded.isEmpty()) {
            sb.append("<h2>Not included</h2>\n<ul>\n");
            for (String n : notIncluded) {
                sb.append("<li>").append(HtmlText.escape(n)).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        sb.append("<h2>Across sessions</h2>\n<figure id=\"chart-progress\">\n").append(svg)
                .append("\n<figcaption>Mean eccentric time, range of motion, load and mean concentric velocity per "
                        + "session.</figcaption>\n</figure>\n");
        sb.append("<h2>Files</h2>\n<ul class=\"files\">\n");
        for (String f : List.of(PDF, "progress.png", "progress.svg")) {
            sb.append("<li><a href=\"").append(HtmlText.href(f)).append("\">").append(f).append("</a></li>\n");
        }
        sb.append("</ul>\n");
        return HtmlPage.close(sb);
    }

    private static void writePdf(List<Entry> entries, JFreeChart chart, Mount mount, String exercises,
                                 List<String> notIncluded, Path file) throws IOException {
        boolean bar = mount == Mount.BAR;
        try (PdfLayout pdf = new PdfLayout()) {
            pdf.title("reptempo progress: " + entries.size() + " sessions");
            pdf.subtitle(exercises + ", in date order");
            float[] cols = {0, 20, 112, 236, 276, 306, 356, 412, 468};
            boolean[] right = {true, false, false, true, true, true, true, true, true};
            pdf.row(new String[] {"#", "Date", "Recording", "Load kg", "Reps", "Ecc s", bar ? "ROM cm" : "ROM deg",
                bar ? "Con m/s" : "Con deg/s", "Flagged"}, cols, right, 8.5f, true, new Color(0xF0, 0xF0, 0xF0));
            int i = 1;
            for (Entry e : entries) {
                if (pdf.remaining() < 20) {
                    pdf.newPage();
                }
                ProgressPoint p = e.figures();
                SetResult r = e.session().result();
                pdf.row(new String[] {String.valueOf(i++), e.date().text(), e.session().name(), num(p.loadKg(), "%.1f"),
                    String.valueOf(r.reps().size()), num(p.eccentricS(), "%.1f"), num(p.rom(), bar ? "%.1f" : "%.0f"),
                    num(p.velocity(), bar ? "%.2f" : "%.0f"),
                    String.valueOf(r.reps().stream().filter(rep -> !rep.flags().isEmpty()).count())},
                        cols, right, 8.5f, false, null);
            }
            if (!notIncluded.isEmpty()) {
                pdf.heading("Not included");
                for (String n : notIncluded) {
                    if (!pdf.paragraph("- " + n, 9f, 0)) {
                        break;
                    }
                }
            }
            float w = PdfLayout.WIDTH;
            float h = w * PDF_CHART_HEIGHT / PDF_CHART_WIDTH;
            if (pdf.remaining() < h + 10) {
                pdf.newPage();
            }
            pdf.space(10);
            pdf.image(ChartExport.png(chart, PDF_CHART_WIDTH, PDF_CHART_HEIGHT, 2.5), "progress", w, h);
            pdf.save(file);
        }
    }

    private static String num(Double v, String format) {
        return v == null ? "" : String.format(Locale.ROOT, format, v);
    }
}
