package io.reptempo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetTruth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reptempo simulate}: both files written, options honoured, mistakes reported. */
class SimulateCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(Object... args) {
        return CliRun.of(args);
    }

    private static void assertUserError(CliRun r, String... words) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("reptempo: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        for (String w : words) {
            assertTrue(r.err().contains(w), "'" + w + "' in: " + r.err());
        }
    }

    @Test
    void writesTheRecordingAndItsTruth() throws IOException {
        Path csv = dir.resolve("X.csv");
        CliRun r = run("simulate", "--scenario", "deadlift", "--seed", "3", "--out", csv);

        assertEquals(0, r.code(), r.err());
        Path truthFile = dir.resolve("X.truth.json");
        assertTrue(Files.isRegularFile(csv));
        assertTrue(Files.isRegularFile(truthFile));
        SetTruth truth = SetTruth.readJson(truthFile);
        assertEquals("deadlift", truth.scenario());
        assertEquals(3, truth.seed());
        assertFalse(truth.reps().isEmpty());

        assertEquals(1, r.out().strip().lines().count(), r.out());
        String line = r.out().strip();
        assertTrue(line.startsWith("deadlift, seed 3: " + truth.reps().size() + " reps, "), line);
        assertTrue(line.contains(csv.toString()) && line.contains(truthFile.toString()), line);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.contains("# scenario=deadlift"), lines.subList(0, 10).toString());
        assertTrue(lines.contains(truth.hasGyro() ? "t,ax,ay,az,gx,gy,gz" : "t,ax,ay,az"));
    }

    @Test
    void sameSeedWritesTheSameFiles() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertEquals(0, run("simulate", "--scenario", "curl-gyro", "--seed", "11", "--out", a).code());
        assertEquals(0, run("simulate", "--scenario", "curl-gyro", "--seed", "11", "--out", b).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals(SetTruth.readJson(SetTruth.pathBeside(a)), SetTruth.readJson(SetTruth.pathBeside(b)));
    }

    @Test
    void honoursRateGyroAndMinutes() throws IOException {
        Path csv = dir.resolve("long.csv");
        CliRun r = run("simulate", "--scenario", "bench-tempo", "--seed", "2", "--rate", "100", "--no-gyro",
                "--minutes", "2", "--noise", "100", "--out", csv);

        assertEquals(0, r.code(), r.err());
        SetTruth truth = SetTruth.readJson(SetTruth.pathBeside(csv));
        assertEquals(100.0, truth.rateHz());
        assertFalse(truth.hasGyro());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.contains("t,ax,ay,az"));
        double lastT = Double.parseDouble(lines.get(lines.size() - 1).split(",")[0]);
        assertTrue(lastT >= 119, "a 2-minute stream ends at " + lastT);
        assertTrue(r.out().contains("100 Hz") && r.out().contains("no gyroscope"), r.out());

        Path gyro = dir.resolve("gyro.csv");
        assertEquals(0, run("simulate", "--scenario", "bench-tempo", "--seed", "2", "--gyro", "--out", gyro).code());
        assertTrue(SetTruth.readJson(SetTruth.pathBeside(gyro)).hasGyro());
    }

    @Test
    void listNamesEveryScenario() {
        CliRun r = run("simulate", "--list");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(Scenario.values().length, lines.size(), r.out());
        for (Scenario s : Scenario.values()) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(s.id() + " ")), s.id() + " in:\n" + r.out());
        }
    }

    @Test
    void unknownScenarioListsTheValidNames() {
        Path csv = dir.resolve("nothing.csv");
        CliRun r = run("simulate", "--scenario", "zercher-squat", "--out", csv);
        assertUserError(r, "unknown scenario", "zercher-squat", "bench-tempo", "deadlift", "mixed-random");
        assertFalse(Files.exists(csv));
    }

    @Test
    void otherMistakesAreUserErrors() {
        Path csv = dir.resolve("x.csv");
        assertUserError(run("simulate", "--out", csv), "--scenario");
        assertUserError(run("simulate", "--scenario", "deadlift"), "--out");
        assertUserError(run("simulate", "--scenario", "deadlift", "--rate", "0", "--out", csv), "--rate");
        assertUserError(run("simulate", "--scenario", "deadlift", "--minutes", "-1", "--out", csv), "--minutes");
        assertUserError(run("simulate", "--scenario", "deadlift", "--noise", "-5", "--out", csv), "--noise");
        assertUserError(run("simulate", "--scenario", "deadlift", "--out", dir.resolve("missing/x.csv")),
                "does not exist");
        assertUserError(run("simulate", "--scenario", "deadlift", "--out", dir), "folder");
        assertFalse(Files.exists(csv));
    }
}
