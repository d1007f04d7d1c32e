package io.reptempo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SetTruth;
import io.reptempo.sim.SimulationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reptempo evaluate} on a small labelled folder of simulated sets whose counts are known. */
class EvaluateCommandTest {
    @TempDir
    static Path dir;
    static int benchReps;
    static int deadliftReps;
    static int squatReps;

    /** Three sets; the third is labelled one rep too many, as a mislabelled real set would be. */
    @BeforeAll
    static void writeTheFolder() throws IOException {
        SetTruth bench = SetSimulator.writeRecording(Scenario.BENCH_TEMPO, 11, SimulationOptions.defaults(),
                dir.resolve("bench.csv"));
        SetTruth dead = SetSimulator.writeRecording(Scenario.DEADLIFT, 12, SimulationOptions.defaults(),
                dir.resolve("dead.csv"));
        SetTruth squat = SetSimulator.writeRecording(Scenario.SQUAT_TOUCH_AND_GO, 13, SimulationOptions.defaults(),
                dir.resolve("squat.csv"));
        benchReps = bench.reps().size();
        deadliftReps = dead.reps().size();
        squatReps = squat.reps().size();
        Files.writeString(dir.resolve("labels.csv"), "set,participant,exercise,reps,file\n"
                + "b1,A,bench," + benchReps + ",bench.csv\n"
                + "d1,A,dead," + deadliftReps + ",dead.csv\n"
                + "s1,B,squat," + (squat.reps().size() + 1) + ",squat.csv\n");
    }

    @Test
    void printsEachSetAndTheShareCountedExactly() {
        CliRun r = CliRun.of("evaluate", dir);
        r.assertNoStackTrace();
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("b1 ") && l.contains("bench-press")
                && l.matches(".*\\s" + benchReps + "\\s+" + benchReps + "\\s+(-|[0-9.]+)\\s*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("s1 ") && l.contains("off by -1")), r.out());
        assertTrue(r.out().contains("participant A:   sets  2  exact  2 (100.0 %)  mean absolute error 0.00"), r.out());
        assertTrue(r.out().contains("participant B:   sets  1  exact  0 (0.0 %)  mean absolute error 1.00"), r.out());
        assertTrue(r.out().contains("all:             sets  3  exact  2 (66.7 %)  mean absolute error 0.33"), r.out());
    }

    @Test
    void aLabelAskingForMoreRepsThanTheRecordingHasTimeForIsPointedOut(@TempDir Path other) throws IOException {
        // Touch-and-go squats: the recording is about twice as long as its reps (walkout, rests).
        Files.copy(dir.resolve("squat.csv"), other.resolve("squat.csv"));
        Files.writeString(other.resolve("labels.csv"), "set,participant,exercise,reps,file\n"
                + "right,A,squat," + squatReps + ",squat.csv\n"
                + "triple,A,squat," + 3 * squatReps + ",squat.csv\n");
        CliRun r = CliRun.of("evaluate", other);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("triple ") && l.contains("the recording holds")), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("right ") && l.contains("the recording holds")), r.out());
        assertTrue(r.out().contains("Leaving out the 1 sets whose recording is too short"), r.out());
        assertTrue(r.out().contains("all:             sets  1  exact  1 (100.0 %)"), r.out());
    }

    @Test
    void theGuardFailsBelowTheShareAndPassesAtIt() {
        CliRun below = CliRun.of("evaluate", dir, "--min-exact", "70");
        assertEquals(1, below.code(), below.out());
        assertTrue(below.err().contains("66.7 % are below the required 70.0 %"), below.err());
        assertEquals(0, CliRun.of("evaluate", dir, "--min-exact", "66").code());
    }

    @Test
    void oneParticipantOnly() {
        CliRun r = CliRun.of("evaluate", dir, "--participant", "B");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("all:             sets  1  exact  0"), r.out());
        CliRun.of("evaluate", dir, "--participant", "Z").assertUserError("no sets of participant 'Z'");
    }

    @Test
    void badFoldersAndLabelFilesAreUserErrors(@TempDir Path other) throws IOException {
        CliRun.of("evaluate", other.resolve("missing")).assertUserError("no such folder");
        CliRun.of("evaluate", other).assertUserError("has no labels.csv");
        Files.writeString(other.resolve("labels.csv"), "name,count\nx,5\n");
        CliRun.of("evaluate", other).assertUserError("needs the columns exercise, reps and file");
        Files.writeString(other.resolve("labels.csv"), "exercise,reps,file\nzumba,5,x.csv\n");
        CliRun.of("evaluate", other).assertUserError("unknown exercise 'zumba'");
        Files.writeString(other.resolve("labels.csv"), "exercise,reps,file\nsquat,five,x.csv\n");
        CliRun.of("evaluate", other).assertUserError("reps is not a whole number");
    }

    @Test
    void aMissingRecordingIsShownAndCountsAsAMiss(@TempDir Path other) throws IOException {
        Files.writeString(other.resolve("labels.csv"), "exercise,reps,file\nsquat,5,gone.csv\n");
        CliRun r = CliRun.of("evaluate", other);
        r.assertNoStackTrace();
        assertEquals(0, r.code());
        assertTrue(r.out().contains("no such file"), r.out());
        assertTrue(r.out().contains("exact  0 (0.0 %)"), r.out());
    }
}
