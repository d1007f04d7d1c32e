package io.reptempo.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Exact ground truth of a simulated set, as written beside the recording ({@code X.csv} ->
 * {@code X.truth.json}).
 *
 * @param variant the scenario actually played when {@code scenario} is "mixed-random", else null
 * @param concentric direction of the concentric phase; always "up" for the simulated exercises
 */
public record SetTruth(String scenario, String variant, long seed, String exercise, Mount mount,
                       String concentric, PhaseOrder first, SetMode mode, boolean assistedReturn,
                       boolean hasGyro, double rateHz, List<RepTruth> reps,
                       List<ShorteningTruth> shortening, List<NonRepTruth> nonReps) {

    public SetTruth {
        reps = List.copyOf(reps);
        shortening = List.copyOf(shortening);
        nonReps = List.copyOf(nonReps);
    }

    /** Pretty-printed JSON with explicit nulls. */
    public String toJson() {
        return TruthJson.write(this);
    }

    /** Writes {@link #toJson()} to a file (UTF-8). */
    public void writeJson(Path path) throws IOException {
        Files.writeString(path, toJson(), StandardCharsets.UTF_8);
    }

    /** Parses {@link #toJson()} output. */
    public static SetTruth fromJson(String json) {
        return TruthJson.read(json);
    }

    /** Reads a truth file. */
    public static SetTruth readJson(Path path) throws IOException {
        return fromJson(Files.readString(path, StandardCharsets.UTF_8));
    }

    /** Where the truth of a recording lives: {@code X.csv} -> {@code X.truth.json}. */
    public static Path pathBeside(Path recording) {
        String name = recording.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? name.substring(0, name.length() - 4) : name;
        return recording.resolveSibling(stem + ".truth.json");
    }

    /** Units of {@link RepTruth#rom()} and {@link ShorteningTruth#size()}: "m" or "deg". */
    public String lengthUnit() {
        return mount == Mount.BAR ? "m" : "deg";
    }
}
