package io.reptempo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code reptempo report} end to end: every file is written, readable and says what analyze says. */
class ReportCommandTest {

    private static final Path BENCH = Path.of("samples", "bench-tempo.csv");
    private static final Path ECCENTRIC = Path.of("samples", "eccentric-only.csv");

    @TempDir
    Path dir;

    @Test
    void oneRecordingGivesEveryFileAndTheJsonOfAnalyze() throws Exception {
        Path out = dir.resolve("report");
        CliRun r = CliRun.of("report", BENCH, "--exercise", "bench-press", "--target-tempo", "3-1-1-0", "--out", out);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("report.html"), r.out());
        for (String f : List.of("report.html", "report.pdf", "reps.csv", "session.json", "tempo.png", "tempo.svg",
                "trace.png", "trace.svg", "velocity_rom.png", "velocity_rom.svg")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals("true", System.getProperty("java.awt.headless"));

        Path json = dir.resolve("analyze.json");
        Path csv = dir.resolve("analyze.csv");
        CliRun a = CliRun.of("analyze", BENCH, "--exercise", "bench-press", "--target-tempo", "3-1-1-0", "--json", json,
                "--csv", csv, "-q");
        assertEquals(0, a.code(), a.err());
        assertEquals(Files.readString(json), Files.readString(out.resolve("session.json")));
        assertEquals(Files.readString(csv), Files.readString(out.resolve("reps.csv")));

        for (String png : List.of("tempo.png", "trace.png", "velocity_rom.png")) {
            BufferedImage img = ImageIO.read(out.resolve(png).toFile());
            assertEquals(1200, img.getWidth(), png);
            assertEquals(800, img.getHeight(), png);
            assertTrue(distinctColours(img) > 30, png + " is not blank");
        }
        for (String svg : List.of("tempo.svg", "trace.svg", "velocity_rom.svg")) {
            Document doc = xml(out.resolve(svg));
            assertEquals("svg", doc.getDocumentElement().getNodeName());
        }
        String tempoSvg = Files.readString(out.resolve("tempo.svg"));
        for (int i = 1; i <= 7; i++) {
            assertTrue(tempoSvg.contains(">Rep " + i), "rep " + i + " labelled in the tempo chart");
        }
    }

    @Test
    void htmlHasOneRowPerRepFlaggedRepsMarkedAndChartsInline() throws Exception {
        Path out = dir.resolve("r");
        assertEquals(0, CliRun.of("report", ECCENTRIC, "--exercise", "bench-press", "--mode", "eccentric-only",
                "--out", out).code());
        Document doc = xml(out.resolve("report.html"));
        List<Element> rows = rowsOf(doc, "reps");
        assertEquals(9, rows.size(), "one row per rep");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals("rep-" + (i + 1), rows.get(i).getAttribute("id"));
            assertTrue(rows.get(i).getAttribute("class").contains("flagged"), "every rep pushed back up: flagged");
        }
        String html = Files.readString(out.resolve("report.html"));
        assertEquals(3, count(html, "<svg "), "three charts inline");
        assertFalse(html.contains("<img"), "self-contained: no external images");
        assertTrue(html.contains("pushed back up in the middle of the eccentric"), "flags in words");
        assertTrue(html.contains("<h2>Session</h2>") && html.contains("Skipped rows") && html.contains("Gaps"));
    }

    @Test
    void unflaggedRepsAreNotMarked() throws Exception {
        Path out = dir.resolve("rh");
        assertEquals(0, CliRun.of("report", Path.of("samples", "reverse-hyper.csv"), "--out", out).code());
        List<Element> rows = rowsOf(xml(out.resolve("report.html")), "reps");
        assertEquals(8, rows.size());
        assertTrue(rows.stream().noneMatch(r -> r.getAttribute("class").contains("flagged")));
        assertTrue(Files.readString(out.resolve("report.html")).contains("No flags"));
    }

    @Test
    void pdfHasTwoPagesWithTheRepCountAndFlagSentences() throws Exception {
        Path out = dir.resolve("p");
        assertEquals(0, CliRun.of("report", BENCH, "--exercise", "bench-press", "--target-tempo", "3-1-1-0",
                "--out", out).code());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 1 && pages <= 2, "pages: " + pages);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.matches("(?s).*Reps\\s+7\\b.*"), text);
            assertTrue(text.contains("Reps on target: 1 of 7"), text);
            assertTrue(text.contains("Rep 5: the concentric was 34 % slower than the set's best rep"), text);
            assertTrue(text.contains("longer than the target of 0 s"), text);
            assertEquals(3, countImages(pdf), "the three charts are drawn");
        }
    }

    @Test
    void fileNamesAreEscapedInHtmlAndSurviveThePdf() throws Exception {
        Path odd = dir.resolve("week<1>&\"tom's\".csv");
        Files.copy(BENCH, odd);
        Path out = dir.resolve("odd");
        CliRun r = CliRun.of("report", odd, "--exercise", "bench-press", "--out", out);
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("week<1>"), "no raw < from the file name");
        assertTrue(html.contains("week&lt;1&gt;&amp;&quot;tom&#39;s&quot;.csv"), "escaped in the page");
        xml(out.resolve("report.html")); // still well-formed, with the name in the inline SVG too
        xml(out.resolve("tempo.svg"));
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("week<1>&"));
        }
    }

    @Test
    void threeRecordingsMakeAProgressReportInDateOrderWithTheirLoads() throws Exception {
        Path w1 = withMetadata("a-week1.csv", "# date=2024-05-01 load_kg=60");
        Path w3 = withMetadata("b-week3.csv", "# start_time=2024-05-15T18:00:00 load_kg=65");
        Path w2 = withMetadata("c-week2.csv", "# date=2024-05-08");
        Path out = dir.resolve("progress");
        CliRun r = CliRun.of("report", w3, w1, w2, "--exercise", "bench-press", "--target-tempo", "3-1-1-0",
                "--out", out);
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("progress.html", "progress.pdf", "progress.png", "progress.svg")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        Document doc = xml(out.resolve("progress.html"));
        List<Element> rows = rowsOf(doc, "sessions");
        assertEquals(3, rows.size());
        assertEquals(List.of("a-week1.csv", "c-week2.csv", "b-week3.csv"), rows.stream().map(e -> cell(e, 2)).toList(),
                "date order");
        assertEquals(List.of("60.0", "", "65.0"), rows.stream().map(e -> cell(e, 3)).toList(), "load, blank when missing");
        assertTrue(cell(rows.get(0), 1).startsWith("2024-05-01"));
        assertTrue(cell(rows.get(2), 1).startsWith("2024-05-15 18:00"));
        for (String sub : List.of("01-a-week1", "02-c-week2", "03-b-week3")) {
            assertTrue(Files.isRegularFile(out.resolve(sub).resolve("report.html")), sub);
            assertTrue(Files.isRegularFile(out.resolve(sub).resolve("report.pdf")), sub);
        }
        String svg = Files.readString(out.resolve("progress.svg"));
        assertTrue(svg.indexOf(">2024-05-01<") < svg.indexOf(">2024-05-08<"));
        assertTrue(svg.indexOf(">2024-05-08<") < svg.indexOf(">2024-05-15 18:00<"));
        BufferedImage img = ImageIO.read(out.resolve("progress.png").toFile());
        assertEquals(1200, img.getWidth());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("progress.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.indexOf("a-week1.csv") < text.indexOf("c-week2.csv"));
            assertTrue(text.indexOf("c-week2.csv") < text.indexOf("b-week3.csv"));
        }
    }

    @Test
    void aFolderIsReadAsSessionsAndABadFileIsLeftOutWithTheReason() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("weeks"));
        Files.copy(withMetadata("w1.csv", "# date=2024-06-01 load_kg=40"), folder.resolve("w1.csv"));
        Files.copy(withMetadata("w2.csv", "# date=2024-06-08 load_kg=42.5"), folder.resolve("w2.csv"));
        Files.writeString(folder.resolve("broken.csv"), "this is not a recording\n");
        Files.writeString(folder.resolve("notes.txt"), "ignored\n");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("report", folder, "--exercise", "bench-press", "--out", out);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("broken.csv"), r.err());
        Document doc = xml(out.resolve("progress.html"));
        assertEquals(2, rowsOf(doc, "sessions").size());
        assertTrue(Files.readString(out.resolve("progress.html")).contains("Not included"));
    }

    @Test
    void mistakesAreOneLineUserErrors() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        CliRun r = CliRun.of("report", BENCH, "--exercise", "bench-press", "--out", file);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is a file"), r.err());
        CliRun missing = CliRun.of("report", dir.resolve("nope.csv"), "--exercise", "bench-press", "--out", dir);
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun none = CliRun.of("report", empty, "--exercise", "bench-press", "--out", dir.resolve("o"));
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no .csv"), none.err());
    }

    /** The bench sample with extra metadata lines in front (metadata comes before the header). */
    private Path withMetadata(String name, String line) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, line + "\n" + Files.readString(BENCH));
        return p;
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // The pages are well-formed XHTML; no DTD is fetched (there is no network in CI).
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    /** The body rows of the table with this id. */
    private static List<Element> rowsOf(Document doc, String tableId) {
        NodeList tables = doc.getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            if (tableId.equals(t.getAttribute("id"))) {
                Element body = (Element) t.getElementsByTagName("tbody").item(0);
                NodeList tr = body.getElementsByTagName("tr");
                List<Element> rows = new ArrayList<>();
                for (int k = 0; k < tr.getLength(); k++) {
                    rows.add((Element) tr.item(k));
                }
                return rows;
            }
        }
        throw new AssertionError("no table " + tableId);
    }

    private static String cell(Element row, int index) {
        return row.getElementsByTagName("td").item(index).getTextContent().trim();
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int countImages(PDDocument pdf) {
        int n = 0;
        for (var page : pdf.getPages()) {
            for (var ignored : page.getResources().getXObjectNames()) {
                n++;
            }
        }
        return n;
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
