package io.reptempo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SimulationOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user can get wrong, and what a real recording looks like: every mistake is one line on stderr and exit
 * code 2, never a stack trace; damaged rows are skipped with their line numbers and the set is still analysed.
 */
class BadInputTest {

    @TempDir
    static Path dir;

    /** A good accelerometer-only bench set (4 columns), the base of the damaged files. */
    private static Path good;
    private static List<String> goodLines;
    private static int headerIndex;

    @BeforeAll
    static void simulateAGoodSet() throws IOException {
        good = dir.resolve("good.csv");
        // bench-tempo seed 7: 200 Hz, no gyroscope, and the engine finds every rep.
        SetSimulator.writeRecording(Scenario.BENCH_TEMPO, 7, SimulationOptions.defaults(), good);
        goodLines = Files.readAllLines(good, StandardCharsets.UTF_8);
        headerIndex = goodLines.indexOf("t,ax,ay,az");
        assertTrue(headerIndex > 0, "expected an accelerometer-only header");
    }

    private static CliRun run(Object... args) {
        return CliRun.of(args);
    }

    private static void assertNoStackTrace(CliRun r) {
        r.assertNoStackTrace();
    }

    /** Exit code 2 and one line on stderr containing every word. */
    private static void assertUserError(CliRun r, String... words) {
        r.assertUserError(words);
    }

    private static Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static Path write(String name, List<String> lines) throws IOException {
        return write(name, String.join("\n", lines) + "\n");
    }

    @Test
    void missingFile() {
        assertUserError(run("analyze", dir.resolve("nowhere.csv"), "--exercise", "squat"), "no such file",
                "nowhere.csv");
    }

    @Test
    void folder() {
        assertUserError(run("analyze", dir, "--exercise", "squat"), "is a folder");
    }

    @Test
    void emptyFile() throws IOException {
        assertUserError(run("analyze", write("empty.csv", ""), "--exercise", "squat"), "empty");
    }

    @Test
    void headerOnly() throws IOException {
        assertUserError(run("analyze", write("header.csv", "t,ax,ay,az\n"), "--exercise", "squat"), "header",
                "no samples");
    }

    @Test
    void noHeader() throws IOException {
        Path file = write("noheader.csv", goodLines.subList(headerIndex + 1, goodLines.size()));
        assertUserError(run("analyze", file, "--exercise", "bench-press"), "no header");
    }

    @Test
    void dataInGWithoutUnitsG() throws IOException {
        List<String> lines = new ArrayList<>(goodLines.subList(0, headerIndex + 1));
        for (String row : goodLines.subList(headerIndex + 1, goodLines.size())) {
            String[] f = row.split(",");
            StringBuilder sb = new StringBuilder(f[0]);
            for (int i = 1; i < f.length; i++) {
                sb.append(String.format(Locale.ROOT, ",%.6f", Double.parseDouble(f[i]) / 9.80665));
            }
            lines.add(sb.toString());
        }
        Path file = write("in-g.csv", lines);

        assertUserError(run("analyze", file, "--exercise", "bench-press"), "--units g");
        // The advice works: the same file with --units g is analysed.
        CliRun fixed = run("analyze", file, "--exercise", "bench-press", "--units", "g");
        assertNoStackTrace(fixed);
        assertEquals(0, fixed.code(), fixed.err());
        assertTrue(fixed.out().contains("Reps:"), fixed.out());
    }

    @Test
    void unknownExercise() {
        assertUserError(run("analyze", good, "--exercise", "pogo-jump"), "pogo-jump", "not a preset", "squat");
    }

    @Test
    void tempoWithThreeParts() {
        assertUserError(run("analyze", good, "--exercise", "bench-press", "--target-tempo", "4-1-2"),
                "--target-tempo", "four parts");
    }

    @Test
    void unknownMode() {
        assertUserError(run("analyze", good, "--exercise", "bench-press", "--mode", "sideways"), "--mode",
                "sideways", "eccentric-only");
    }

    @Test
    void assistedReturnWithoutEccentricOnly() {
        assertUserError(run("analyze", good, "--exercise", "bench-press", "--assisted-return"),
                "--assisted-return", "--mode eccentric-only");
    }

    @Test
    void partialRomAboveOne() {
        assertUserError(run("analyze", good, "--exercise", "bench-press", "--partial-rom", "3"), "--partial-rom",
                "between 0 and 1");
    }

    @Test
    void damagedRowsAreSkippedWithTheirLineNumbers() throws IOException {
        List<String> lines = new ArrayList<>();
        List<Integer> damaged = new ArrayList<>();
        for (int i = 0; i < goodLines.size(); i++) {
            lines.add(goodLines.get(i));
            int row = i - headerIndex;
            if (row == 300) {
                lines.add("1.5,abc,0.1,9.8");
                damaged.add(lines.size());
            } else if (row == 600) {
                lines.add(goodLines.get(i).split(",")[0] + ",0.1,9.8");
                damaged.add(lines.size());
            } else if (row == 900) {
                String t = goodLines.get(i).split(",")[0];
                lines.add(t + "1,NaN,0.1,9.8");
                damaged.add(lines.size());
            } else if (row == 1200) {
                // A row from a few samples back: its timestamp is not after the previous one.
                lines.add(goodLines.get(i - 5));
                damaged.add(lines.size());
            }
        }
        Path file = write("damaged.csv", lines);

        CliRun r = run("analyze", file, "--exercise", "bench-press");

        assertNoStackTrace(r);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Reps:"), r.out());
        assertTrue(r.err().contains("Skipped " + damaged.size() + " of"), r.err());
        for (int line : damaged) {
            assertTrue(r.err().contains("line " + line + ":"), "line " + line + " in:\n" + r.err());
        }
        assertTrue(r.err().contains("NaN"), r.err());
    }

    @Test
    void truncatedLastLineIsNotFatal() throws IOException {
        String text = Files.readString(good, StandardCharsets.UTF_8);
        // Cut the file inside the second number of the last row, as a logger killed mid-write leaves it.
        int lastRow = text.lastIndexOf('\n', text.length() - 2) + 1;
        int secondField = text.indexOf(',', lastRow) + 1;
        Path file = write("truncated.csv", text.substring(0, secondField + 3));

        CliRun r = run("analyze", file, "--exercise", "bench-press");

        assertNoStackTrace(r);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Reps:"), r.out());
    }
}
