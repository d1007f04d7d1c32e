package io.reptempo.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.cli.RecordingAnalysis;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.reps.Flag;
import io.reptempo.reps.FlagType;
import io.reptempo.reps.Phase;
import io.reptempo.reps.PhaseKind;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import io.reptempo.reps.SetSummary;
import io.reptempo.reps.TempoPrescription;
import io.reptempo.reps.TrainingMode;
import io.reptempo.sensor.ReaderOptions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Every chart renders headless to a 1200x800 PNG with content and to SVG that XML tools can read. */
class ChartImagesTest {

    @TempDir
    Path dir;

    record Analysed(SetResult result, MotionTrace trace, String name) {
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("bench-tempo.csv", AnalysisSettings.defaults(ExerciseProfile.preset("bench-press"))
                        .withTarget(TempoPrescription.parse("3-1-1-0"))),
                Arguments.of("eccentric-only.csv", AnalysisSettings.defaults(ExerciseProfile.preset("bench-press"))
                        .withMode(TrainingMode.ECCENTRIC_ONLY, false)),
                Arguments.of("reverse-hyper.csv", AnalysisSettings.defaults(ExerciseProfile.preset("reverse-hyper"))));
    }

    static Analysed analyse(String sample, AnalysisSettings settings) throws Exception {
        MotionTraceRecorder rec = new MotionTraceRecorder();
        RecordingAnalysis.Outcome o = RecordingAnalysis.run(Path.of("samples", sample), ReaderOptions.defaults(),
                settings, rec);
        return new Analysed(o.result(), rec.trace(), sample);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void chartsOfTheSamplesArePngAndSvgWithTheirReps(String sample, AnalysisSettings settings) throws Exception {
        Analysed a = analyse(sample, settings);
        int reps = a.result().reps().size();
        assertTrue(reps >= 5, "the sample has its reps: " + reps);
        double seconds = a.trace().t()[a.trace().size() - 1] - a.trace().t()[0];
        assertTrue(a.trace().size() <= 21 * seconds + 50, "trace thinned: " + a.trace().size() + " over " + seconds);

        List<JFreeChart> charts = List.of(TempoChart.create(a.result(), sample),
                TraceChart.create(a.result(), a.trace(), sample), VelocityRomChart.create(a.result(), sample));
        for (JFreeChart chart : charts) {
            BufferedImage img = png(chart);
            assertEquals(1200, img.getWidth());
            assertEquals(800, img.getHeight());
            assertEquals(0xFFFFFF, img.getRGB(3, 3) & 0xFFFFFF, "white background");
            assertTrue(distinctColours(img) > 30, "not blank");
        }
        List<String> tempoTexts = svgTexts(charts.get(0), "tempo");
        for (int i = 1; i <= reps; i++) {
            int n = i;
            assertTrue(tempoTexts.stream().anyMatch(t -> t.startsWith("Rep " + n + " ") || t.equals("Rep " + n)),
                    "tempo chart names rep " + i + ": " + tempoTexts);
        }
        List<String> traceTexts = svgTexts(charts.get(1), "trace");
        for (int i = 1; i <= reps; i++) {
            assertTrue(traceTexts.contains(String.valueOf(i)), "trace chart numbers rep " + i);
        }
        assertTrue(traceTexts.contains("Time (s)"));
        List<String> velocityTexts = svgTexts(charts.get(2), "velocity");
        assertTrue(velocityTexts.stream().anyMatch(t -> t.startsWith("best")), velocityTexts.toString());
    }

    @Test
    void flaggedRepsCarryTheirFlagInTheLabelAndOffTargetPhasesAreOutlined() throws Exception {
        Analysed a = analyse("bench-tempo.csv", AnalysisSettings.defaults(ExerciseProfile.preset("bench-press"))
                .withTarget(TempoPrescription.parse("3-1-1-0")));
        List<String> texts = svgTexts(TempoChart.create(a.result(), a.name()), "tempo");
        assertTrue(texts.contains("Target 3-1-1-0"), texts.toString());
        for (Rep r : a.result().reps()) {
            if (r.hasFlag(FlagType.VELOCITY_LOSS)) {
                assertTrue(texts.stream().anyMatch(t -> t.startsWith("Rep " + r.index() + " ") && t.contains("velocity loss")),
                        "rep " + r.index() + " shows its flag: " + texts);
            }
        }
        assertTrue(texts.contains("off target (black outline)"));
    }

    @Test
    void setsWithManyRepsNoRepsOrNoVelocityStillRender() throws Exception {
        AnalysisSettings assisted = AnalysisSettings.defaults(ExerciseProfile.preset("squat"))
                .withMode(TrainingMode.ECCENTRIC_ONLY, true).withTarget(TempoPrescription.parse("4-1-X-0"));
        List<SetResult> sets = List.of(synthetic(60, AnalysisSettings.defaults(ExerciseProfile.preset("squat"))),
                synthetic(0, AnalysisSettings.defaults(ExerciseProfile.preset("deadlift"))), synthetic(6, assisted));
        for (SetResult s : sets) {
            for (JFreeChart chart : List.of(TempoChart.create(s, "x.csv"), TraceChart.create(s, MotionTrace.empty(), "x.csv"),
                    VelocityRomChart.create(s, "x.csv"))) {
                BufferedImage img = png(chart);
                assertEquals(1200, img.getWidth());
                assertTrue(distinctColours(img) > 5);
                svgTexts(chart, "t");
            }
        }
        List<String> texts = svgTexts(VelocityRomChart.create(sets.get(2), "x.csv"), "v");
        assertTrue(texts.contains("No concentric velocity: a spotter returned the load"), texts.toString());
    }

    @Test
    void progressChartShowsEverySessionAndLeavesMissingLoadBlank() throws Exception {
        List<ProgressPoint> points = List.of(new ProgressPoint("2024-05-01", 3.1, 42.0, 60.0, 0.61),
                new ProgressPoint("2024-05-08", 3.6, 43.0, null, 0.58),
                new ProgressPoint("2024-05-15", 4.2, 41.5, 65.0, 0.52));
        JFreeChart chart = ProgressChart.create(points, io.reptempo.reps.Mount.BAR, "bench-press");
        BufferedImage img = png(chart);
        assertEquals(800, img.getHeight());
        assertTrue(distinctColours(img) > 30);
        List<String> texts = svgTexts(chart, "p");
        assertTrue(texts.containsAll(List.of("2024-05-01", "2024-05-08", "2024-05-15", "60.0", "65.0")), texts.toString());
        Path png = dir.resolve("progress.png");
        ChartExport.writePng(chart, png);
        assertTrue(Files.size(png) > 10_000);
    }

    /** A regular set of {@code n} reps with made-up timings, flags on a few. */
    static SetResult synthetic(int n, AnalysisSettings settings) {
        List<Rep> reps = new ArrayList<>();
        boolean returned = settings.mode() == TrainingMode.ECCENTRIC_ONLY && settings.assistedReturn();
        for (int i = 1; i <= n; i++) {
            double t0 = 5 + (i - 1) * 6;
            List<Phase> phases = List.of(new Phase(PhaseKind.ECCENTRIC, t0, t0 + 3),
                    new Phase(PhaseKind.PAUSE_AFTER_ECCENTRIC, t0 + 3, t0 + 4),
                    new Phase(PhaseKind.CONCENTRIC, t0 + 4, t0 + 5),
                    new Phase(PhaseKind.PAUSE_AFTER_CONCENTRIC, t0 + 5, t0 + 6));
            List<Flag> flags = i % 7 == 0 ? List.of(new Flag(FlagType.PARTIAL_RANGE, i, t0, t0 + 5, "PARTIAL RANGE"))
                    : List.of();
            reps.add(new Rep(i, t0, t0 + 5, 3.0, 1.0, 1.0, i == n ? null : 1.0, returned, i % 7 == 0 ? 0.3 : 0.45,
                    returned ? null : 0.6 - i * 0.002, returned ? null : 0.9, returned ? null : i * 0.3, phases, List.of(),
                    flags));
        }
        SetSummary summary = new SetSummary(n, n * 5.0, n == 0 ? "" : "3.0-1.0-1.0-1.0", returned || n == 0 ? null : 0.598,
                null, null, n == 0 ? 0 : 0.45, Map.of(), 0);
        return new SetResult(settings, reps, List.of(), summary);
    }

    static BufferedImage png(JFreeChart chart) throws IOException {
        byte[] bytes = ChartExport.png(chart, ChartExport.WIDTH, ChartExport.HEIGHT, 1);
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    /** Writes the chart as an SVG file, parses it as XML and returns the text of every text element. */
    List<String> svgTexts(JFreeChart chart, String name) throws Exception {
        Path file = dir.resolve(name + ".svg");
        ChartExport.writeSvg(chart, file, name + "-");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        NodeList nodes = doc.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertFalse(texts.isEmpty());
        return texts;
    }
}
