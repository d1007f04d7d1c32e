package io.reptempo.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetTruthTest {

    private static final double GRID_S = 1e-4;
    private static final double TOLERANCE_S = 2e-4;

    /** A movement's 5 % crossings and peak speed found by brute force on the true velocity. */
    private record Crossings(double startS, double endS, double peakSpeed) {
    }

    private static Crossings onGrid(MotionTrack track, Movement m) {
        double peak = 0;
        for (double t = m.startS(); t <= m.endS(); t += GRID_S) {
            peak = Math.max(peak, Math.abs(track.velocity(t)));
        }
        double threshold = 0.05 * peak;
        double start = Double.NaN;
        double end = Double.NaN;
        for (double t = m.startS(); t <= m.endS(); t += GRID_S) {
            if (Math.abs(track.velocity(t)) >= threshold) {
                if (Double.isNaN(start)) {
                    start = t;
                }
                end = t;
            }
        }
        return new Crossings(start, end, peak);
    }

    @Test
    void boundariesFollowTheFivePercentRuleOfTheTrueVelocity() {
        for (Scenario s : Scenario.values()) {
            for (long seed = 0; seed < 3; seed++) {
                SimulationRun run = SetSimulator.prepare(s, seed, SimulationOptions.defaults());
                SetPlan plan = run.plan();
                SetTruth truth = run.truth();
                for (RepTruth rep : truth.reps()) {
                    double eccStart = Double.POSITIVE_INFINITY;
                    double eccEnd = Double.NEGATIVE_INFINITY;
                    double conStart = Double.POSITIVE_INFINITY;
                    double conEnd = Double.NEGATIVE_INFINITY;
                    double conPeak = 0;
                    for (PlannedMovement pm : plan.movements()) {
                        if (pm.rep() != rep.index() || !pm.vertical()) {
                            continue;
                        }
                        Crossings c = onGrid(plan.vertical(), pm.movement());
                        if (pm.role() == MovementRole.ECCENTRIC) {
                            assertTrue(pm.movement().displacement() < 0, "eccentric goes down");
                            eccStart = Math.min(eccStart, c.startS());
                            eccEnd = Math.max(eccEnd, c.endS());
                        } else if (pm.role() == MovementRole.CONCENTRIC) {
                            assertTrue(pm.movement().displacement() > 0, "concentric goes up");
                            conStart = Math.min(conStart, c.startS());
                            conEnd = Math.max(conEnd, c.endS());
                            conPeak = Math.max(conPeak, c.peakSpeed());
                        }
                    }
                    String where = s.id() + " seed " + seed + " rep " + rep.index();
                    assertEquals(eccStart, rep.eccentricStartS(), TOLERANCE_S, where);
                    assertEquals(eccEnd, rep.eccentricEndS(), TOLERANCE_S, where);
                    assertEquals(conStart, rep.concentricStartS(), TOLERANCE_S, where);
                    assertEquals(conEnd, rep.concentricEndS(), TOLERANCE_S, where);
                    assertEquals(conPeak, rep.peakConcentricVelocity(), 1e-3 * conPeak, where);
                    // At the boundary itself the speed is 5 % of the movement's peak.
                    double atStart = Math.abs(plan.vertical().velocity(rep.concentricStartS()));
                    assertEquals(0.05 * conPeak, atStart, 0.002 * conPeak, where);
                }
                for (ShorteningTruth sh : truth.shortening()) {
                    PlannedMovement pm = plan.movements().stream()
                            .filter(x -> x.vertical() && x.rep() == sh.rep() && x.movement().startS() <= sh.startS()
                                    && x.movement().endS() >= sh.endS())
                            .findFirst().orElseThrow();
                    Crossings c = onGrid(plan.vertical(), pm.movement());
                    assertEquals(c.startS(), sh.startS(), TOLERANCE_S);
                    assertEquals(c.endS(), sh.endS(), TOLERANCE_S);
                    assertTrue(pm.movement().displacement() > 0, "a shortening goes up");
                }
                for (int k = 0; k < truth.nonReps().size(); k++) {
                    double start = Double.POSITIVE_INFINITY;
                    double end = Double.NEGATIVE_INFINITY;
                    for (PlannedMovement pm : plan.movements()) {
                        if (pm.nonRep() == k) {
                            MotionTrack track = pm.vertical() ? plan.vertical() : plan.horizontal();
                            Crossings c = onGrid(track, pm.movement());
                            start = Math.min(start, c.startS());
                            end = Math.max(end, c.endS());
                        }
                    }
                    assertEquals(start, truth.nonReps().get(k).startS(), TOLERANCE_S);
                    assertEquals(end, truth.nonReps().get(k).endS(), TOLERANCE_S);
                }
            }
        }
    }

    @Test
    void everyScenarioGivesPlausibleTruth() {
        for (Scenario s : Scenario.values()) {
            for (long seed = 0; seed < 40; seed++) {
                SimulatedSet set = SetSimulator.simulate(s, seed, SimulationOptions.defaults().withRateHz(100));
                SetTruth t = set.truth();
                String where = s.id() + " seed " + seed;
                int n = t.reps().size();
                assertTrue(n >= 3 && n <= 10, where);
                double lastSampleS = set.samples().get(set.samples().size() - 1).t();
                double firstEventS = Double.POSITIVE_INFINITY;
                double lastEventS = Double.NEGATIVE_INFINITY;
                for (RepTruth r : t.reps()) {
                    firstEventS = Math.min(firstEventS, r.startS());
                    lastEventS = Math.max(lastEventS, r.endS());
                }
                for (NonRepTruth nr : t.nonReps()) {
                    firstEventS = Math.min(firstEventS, nr.startS());
                    lastEventS = Math.max(lastEventS, nr.endS());
                    assertTrue(nr.endS() > nr.startS(), where);
                }
                assertTrue(firstEventS >= 1.0, where + ": calibration stillness");
                assertTrue(lastSampleS - lastEventS >= 1.0, where + ": final stillness");
                boolean eccFirst = t.first() == PhaseOrder.ECCENTRIC_FIRST;
                int partials = 0;
                for (int i = 0; i < n; i++) {
                    RepTruth r = t.reps().get(i);
                    String rw = where + " rep " + r.index();
                    assertEquals(i + 1, r.index());
                    assertTrue(r.eccentricEndS() > r.eccentricStartS(), rw);
                    assertTrue(r.concentricEndS() > r.concentricStartS(), rw);
                    assertEquals(r.eccentricEndS() - r.eccentricStartS(), r.eccentricS(), 2e-6, rw);
                    assertEquals(r.concentricEndS() - r.concentricStartS(), r.concentricS(), 2e-6, rw);
                    if (eccFirst) {
                        assertEquals(r.eccentricStartS(), r.startS(), 0.0, rw);
                        assertEquals(r.concentricEndS(), r.endS(), 0.0, rw);
                        assertTrue(r.pauseAfterEccentricS() > 0, rw);
                        assertEquals(i == n - 1, r.pauseAfterConcentricS() == null, rw);
                    } else {
                        assertEquals(r.concentricStartS(), r.startS(), 0.0, rw);
                        assertEquals(r.eccentricEndS(), r.endS(), 0.0, rw);
                        assertTrue(r.pauseAfterConcentricS() > 0, rw);
                        assertEquals(i == n - 1, r.pauseAfterEccentricS() == null, rw);
                    }
                    if (i > 0) {
                        assertTrue(r.startS() > t.reps().get(i - 1).endS(), rw);
                    }
                    assertTrue(r.meanConcentricVelocity() > 0, rw);
                    assertTrue(r.peakConcentricVelocity() > r.meanConcentricVelocity(), rw);
                    if (r.partial()) {
                        partials++;
                    }
                    checkRanges(t, r, rw);
                }
                checkScenario(s, t, partials, where);
            }
        }
    }

    private static void checkRanges(SetTruth t, RepTruth r, String where) {
        if (r.partial()) {
            return;
        }
        switch (t.exercise()) {
            case "bench-press" -> assertTrue(r.rom() >= 0.34 && r.rom() <= 0.51, where + " rom " + r.rom());
            case "squat" -> assertTrue(r.rom() >= 0.43 && r.rom() <= 0.73, where + " rom " + r.rom());
            case "deadlift" -> assertTrue(r.rom() >= 0.44 && r.rom() <= 0.67, where + " rom " + r.rom());
            case "reverse-hyper" -> assertTrue(r.rom() >= 60 && r.rom() <= 100, where + " rom " + r.rom());
            case "biceps-curl" -> assertTrue(r.rom() >= 100 && r.rom() <= 140, where + " rom " + r.rom());
            default -> throw new AssertionError("unexpected exercise " + t.exercise());
        }
        if ("squat".equals(t.exercise()) && t.mode() == SetMode.NORMAL) {
            // Touch and go: velocity reverses straight away, the 5 % rule leaves only a few hundredths.
            assertTrue(r.pauseAfterEccentricS() < 0.1, where + " bottom pause " + r.pauseAfterEccentricS());
            assertTrue(r.concentricS() > 0.5 && r.concentricS() < 2.0, where + " concentric " + r.concentricS());
        }
    }

    private static void checkScenario(Scenario s, SetTruth t, int partials, String where) {
        List<NonRepKind> kinds = t.nonReps().stream().map(NonRepTruth::kind).toList();
        switch (s) {
            case BENCH_TEMPO, BENCH_PAUSED, ECCENTRIC_ONLY_ASSISTED, ECCENTRIC_ONLY_UNASSISTED -> {
                assertEquals(NonRepKind.UNRACK, kinds.get(0), where);
                assertEquals(NonRepKind.RERACK, kinds.get(kinds.size() - 1), where);
            }
            case SQUAT_TOUCH_AND_GO -> assertEquals(List.of(NonRepKind.WALKOUT, NonRepKind.RERACK), kinds, where);
            case DEADLIFT, REVERSE_HYPER_GYRO, REVERSE_HYPER_ACCEL, CURL_GYRO, CURL_ACCEL ->
                    assertTrue(kinds.isEmpty(), where);
            default -> {
            }
        }
        switch (s) {
            case BENCH_PAUSED -> t.reps().forEach(r -> assertTrue(r.pauseAfterEccentricS() > 1.4, where));
            case ECCENTRIC_ONLY_ASSISTED -> {
                assertTrue(t.assistedReturn() && t.mode() == SetMode.ECCENTRIC_ONLY, where);
                assertTrue(t.shortening().isEmpty(), where);
            }
            case ECCENTRIC_ONLY_UNASSISTED -> {
                assertFalse(t.assistedReturn(), where);
                assertTrue(t.shortening().size() > t.reps().size(), where);
                for (RepTruth r : t.reps()) {
                    assertTrue(t.shortening().stream().anyMatch(x -> x.startS() == r.concentricStartS()), where);
                }
            }
            case SHORTENING_IN_LOWERING -> {
                assertTrue(t.shortening().size() >= 1 && t.shortening().size() <= 3, where);
                for (ShorteningTruth sh : t.shortening()) {
                    RepTruth r = t.reps().get(sh.rep() - 1);
                    assertTrue(sh.startS() > r.eccentricStartS() && sh.endS() < r.eccentricEndS(), where);
                    assertTrue(sh.size() >= 0.029 && sh.size() <= 0.1001, where + " size " + sh.size());
                }
            }
            case WARMUP_AND_PARTIALS -> {
                assertTrue(kinds.contains(NonRepKind.WARMUP_PARTIAL), where);
                assertTrue(partials >= 1 && partials <= 2, where);
                double best = t.reps().stream().filter(r -> !r.partial()).mapToDouble(RepTruth::rom).max().orElseThrow();
                t.reps().stream().filter(RepTruth::partial)
                        .forEach(r -> assertTrue(r.rom() >= 0.549 * best && r.rom() <= 0.751 * best, where));
                NonRepTruth warmup = t.nonReps().stream().filter(x -> x.kind() == NonRepKind.WARMUP_PARTIAL)
                        .findFirst().orElseThrow();
                assertTrue(warmup.endS() < t.reps().get(0).startS(), where);
            }
            case REVERSE_HYPER_GYRO, CURL_GYRO -> assertTrue(t.hasGyro() && t.mount() == Mount.LIMB, where);
            case REVERSE_HYPER_ACCEL, CURL_ACCEL -> assertTrue(!t.hasGyro() && t.mount() == Mount.LIMB, where);
            case DEADLIFT -> assertEquals(PhaseOrder.CONCENTRIC_FIRST, t.first(), where);
            case MIXED_RANDOM -> assertNotNull(t.variant(), where);
            default -> {
            }
        }
        if (s != Scenario.MIXED_RANDOM) {
            assertNull(t.variant(), where);
        }
        if (t.mode() == SetMode.NORMAL && s != Scenario.SHORTENING_IN_LOWERING && s != Scenario.MIXED_RANDOM) {
            assertTrue(t.shortening().isEmpty(), where);
        }
    }

    @Test
    void touchAndGoVelocityCrossesZeroOnceAtTheBottom() {
        for (long seed = 0; seed < 10; seed++) {
            SimulationRun run = SetSimulator.prepare(Scenario.SQUAT_TOUCH_AND_GO, seed, SimulationOptions.defaults());
            for (RepTruth r : run.truth().reps()) {
                int stillSamples = 0;
                for (double t = r.eccentricEndS(); t <= r.concentricStartS(); t += 1e-5) {
                    if (Math.abs(run.plan().vertical().velocity(t)) < 1e-6) {
                        stillSamples++;
                    }
                }
                assertTrue(stillSamples <= 1, "seed " + seed + " rep " + r.index() + ": " + stillSamples);
            }
        }
    }

    @Test
    void jsonRoundTripsWithExplicitNulls(@TempDir Path dir) throws IOException {
        for (Scenario s : List.of(Scenario.BENCH_TEMPO, Scenario.CURL_GYRO, Scenario.ECCENTRIC_ONLY_UNASSISTED,
                Scenario.MIXED_RANDOM, Scenario.WARMUP_AND_PARTIALS)) {
            SetTruth truth = SetSimulator.prepare(s, 8, SimulationOptions.defaults()).truth();
            assertEquals(truth, SetTruth.fromJson(truth.toJson()));
            Path file = dir.resolve(s.id() + ".truth.json");
            truth.writeJson(file);
            assertEquals(truth, SetTruth.readJson(file));
            String json = truth.toJson();
            assertTrue(json.contains("null"), "explicit null for the pause that does not exist");
            if (truth.mount() == Mount.BAR) {
                assertTrue(json.contains("\"rom_m\"") && json.contains("\"mean_concentric_velocity_mps\""));
                assertFalse(json.contains("rom_deg"));
            } else {
                assertTrue(json.contains("\"rom_deg\"") && json.contains("\"peak_concentric_velocity_dps\""));
                assertFalse(json.contains("rom_m"));
            }
            for (String key : List.of("\"scenario\"", "\"seed\"", "\"exercise\"", "\"mount\"", "\"concentric\"",
                    "\"first\"", "\"mode\"", "\"assisted_return\"", "\"has_gyro\"", "\"rate_hz\"", "\"reps\"",
                    "\"shortening\"", "\"non_reps\"", "\"pause_after_eccentric_s\"", "\"partial\"")) {
                assertTrue(json.contains(key), key);
            }
        }
    }

    @Test
    void writeProducesRecordingAndTruthBeside(@TempDir Path dir) throws IOException {
        SimulatedSet set = SetSimulator.simulate(Scenario.DEADLIFT, 4);
        Path csv = dir.resolve("dl.csv");
        set.write(csv);
        Path truthFile = dir.resolve("dl.truth.json");
        assertEquals(truthFile, SetTruth.pathBeside(csv));
        assertTrue(Files.exists(truthFile));
        assertEquals(set.truth(), SetTruth.readJson(truthFile));
        List<String> lines = Files.readAllLines(csv);
        List<String> comments = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                comments.add(line);
            }
        }
        assertTrue(comments.contains("# exercise=deadlift"));
        assertTrue(comments.contains("# simulated=true"));
        assertTrue(comments.contains("# seed=4"));
        assertEquals(set.samples().size() + comments.size() + 1, lines.size());
    }

    @Test
    void streamingToAFileMatchesInMemoryWrite(@TempDir Path dir) throws IOException {
        SimulationOptions options = SimulationOptions.defaults().withRateHz(1000);
        SetTruth truth = SetSimulator.writeRecording(Scenario.BENCH_TEMPO, 3, options, dir.resolve("a.csv"));
        SimulatedSet set = SetSimulator.simulate(Scenario.BENCH_TEMPO, 3, options);
        set.write(dir.resolve("b.csv"));
        assertEquals(set.truth(), truth);
        assertEquals(Files.readAllLines(dir.resolve("b.csv")), Files.readAllLines(dir.resolve("a.csv")));
    }
}
