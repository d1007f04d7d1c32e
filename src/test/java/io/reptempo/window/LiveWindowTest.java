package io.reptempo.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.chart.ChartColors;
import io.reptempo.live.LiveSession;
import io.reptempo.live.PacedSink;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.reps.TempoPrescription;
import io.reptempo.reps.TrainingMode;
import io.reptempo.sensor.ImportOptions;
import io.reptempo.sensor.RecordingSource;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The live window on a real (or virtual) display while the bench sample is replayed through it. */
@Tag("gui")
class LiveWindowTest {
    /** Screenshots are kept here to look at. */
    private static final Path SHOTS = Path.of("target", "live-window");

    @BeforeEach
    void display() {
        DisplayCheck.requireDisplay();
    }

    static Stream<Arguments> sets() {
        ExerciseProfile bench = ExerciseProfile.preset("bench-press");
        return Stream.of(
                // Ten times real time: the 53 s set takes about 5 s, long enough for the label to show each phase.
                Arguments.of("bench-tempo.csv", AnalysisSettings.defaults(bench)
                        .withTarget(TempoPrescription.parse("3-1-1-0")), 10.0, 7,
                        Set.of("ECCENTRIC", "PAUSE AFTER ECCENTRIC", "CONCENTRIC"),
                        Set.of(ChartColors.ECCENTRIC, ChartColors.PAUSE_AFTER_ECCENTRIC, ChartColors.CONCENTRIC,
                                ChartColors.PAUSE_AFTER_CONCENTRIC)),
                Arguments.of("eccentric-only.csv", AnalysisSettings.defaults(bench)
                        .withMode(TrainingMode.ECCENTRIC_ONLY, false), 20.0, 9,
                        Set.of("ECCENTRIC", "PUSHED BACK UP"), Set.of(ChartColors.ECCENTRIC, ChartColors.SHORTENING)),
                Arguments.of("reverse-hyper.csv", AnalysisSettings.defaults(ExerciseProfile.preset("reverse-hyper")),
                        12.0, 8, Set.of("CONCENTRIC", "ECCENTRIC"), Set.of(ChartColors.CONCENTRIC, ChartColors.ECCENTRIC)));
    }

    @ParameterizedTest
    @MethodSource("sets")
    void aReplayedSetFillsTheTraceTheRepTableAndThePhaseLabel(String sample, AnalysisSettings settings, double speed,
            int expectedReps, Set<String> phaseNames, Set<Color> shades) throws Exception {
        LiveWindow window = LiveWindow.open(settings, sample, () -> { });
        String name = sample.replace(".csv", "");
        try {
            LiveSession session = new LiveSession(settings, window.events(), null);
            window.attach(session);
            AtomicReference<Exception> failed = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                try {
                    RecordingSource.open(Path.of("samples", sample), ImportOptions.defaults())
                            .read(new PacedSink(session, speed));
                } catch (Exception e) {
                    failed.set(e);
                }
            }, "replay");
            Set<String> labels = new LinkedHashSet<>();
            reader.start();
            boolean midShot = false;
            while (reader.isAlive()) {
                labels.add(onEdt(window::phaseText));
                if (!midShot && onEdt(window::repRows) >= 4) {
                    Thread.sleep((long) (3000 / speed)); // three seconds into the next rep
                    ImageIO.write(onEdt(window::screenshot), "png", shot(name + "-mid-set.png").toFile());
                    midShot = true;
                }
                Thread.sleep(10);
            }
            assertEquals(null, failed.get());
            session.finish();
            Thread.sleep(5 * LiveWindow.FRAME_MILLIS); // a few frames to show the end of the set
            labels.add(onEdt(window::phaseText));
            BufferedImage img = onEdt(window::screenshot);
            ImageIO.write(img, "png", shot(name + "-set-over.png").toFile());

            int reps = session.result().reps().size();
            assertEquals(expectedReps, reps, "reps in the sample");
            assertEquals(reps, (int) onEdt(window::repRows), "one table row per rep");
            assertTrue(labels.containsAll(phaseNames), "the label followed the phases: " + labels);
            assertTrue(labels.contains("SET OVER: " + reps + " REPS"), labels.toString());
            assertTrue(colours(img, new Rectangle(0, 0, img.getWidth(), img.getHeight())).size() > 200, "not blank");
            Set<Integer> inTrace = colours(img, onEdt(window::traceBounds));
            for (Color c : shades) {
                assertTrue(inTrace.contains(ChartColors.shade(c).getRGB()), c + " shaded in the trace");
            }
        } finally {
            window.close();
        }
    }

    private static Path shot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        return SHOTS.resolve(name);
    }

    static <T> T onEdt(Supplier<T> what) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> out.set(what.get()));
        return out.get();
    }

    private static Set<Integer> colours(BufferedImage img, Rectangle r) {
        Set<Integer> seen = new HashSet<>();
        for (int y = Math.max(0, r.y); y < Math.min(img.getHeight(), r.y + r.height); y++) {
            for (int x = Math.max(0, r.x); x < Math.min(img.getWidth(), r.x + r.width); x++) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen;
    }
}
