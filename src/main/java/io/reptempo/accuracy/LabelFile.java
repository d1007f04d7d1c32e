package io.reptempo.accuracy;

import io.reptempo.reps.ExerciseProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a folder's {@code labels.csv}: one row per set with at least {@code exercise}, {@code reps}
 * and the recording ({@code file} or {@code accelerometer_file}); optionally {@code set},
 * {@code participant} and {@code gyroscope_file}. Paths are relative to the folder.
 */
public final class LabelFile {
    public static final String FILE_NAME = "labels.csv";

    /** Short exercise names used by datasets, and the preset each means. */
    private static final Map<String, String> ALIASES = Map.of(
            "bench", "bench-press", "ohp", "overhead-press", "dead", "deadlift", "row", "barbell-row",
            "curl", "biceps-curl");

    private LabelFile() {
    }

    /** The labelled sets of a folder; a bad or missing label file is an {@link IllegalArgumentException}. */
    public static List<LabelledSet> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(folder + " has no " + FILE_NAME
                    + " (one row per set: exercise, reps, file)");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty");
        }
        List<String> header = Arrays.stream(lines.get(0).replace("\uFEFF", "").split(",", -1))
                .map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        int exercise = header.indexOf("exercise");
        int reps = header.indexOf("reps");
        int recording = header.indexOf("file") >= 0 ? header.indexOf("file") : header.indexOf("accelerometer_file");
        if (exercise < 0 || reps < 0 || recording < 0) {
            throw new IllegalArgumentException(file + ": the header needs the columns exercise, reps and file "
                    + "(or accelerometer_file); it has " + String.join(", ", header));
        }
        int set = header.indexOf("set");
        int participant = header.indexOf("participant");
        int gyro = header.indexOf("gyroscope_file");
        List<LabelledSet> sets = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            int lineNo = i + 1;
            if (f.length < header.size()) {
                throw new IllegalArgumentException(file + " line " + lineNo + ": " + f.length + " fields, the header has "
                        + header.size());
            }
            int count;
            try {
                count = Integer.parseInt(f[reps].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + lineNo + ": reps is not a whole number: " + f[reps]);
            }
            String name = set >= 0 ? f[set].trim() : f[recording].trim();
            String gyroName = gyro >= 0 ? f[gyro].trim() : "";
            sets.add(new LabelledSet(name, participant >= 0 ? f[participant].trim() : "",
                    presetName(f[exercise], file, lineNo), count, folder.resolve(f[recording].trim()),
                    gyroName.isEmpty() ? null : folder.resolve(gyroName)));
        }
        return sets;
    }

    private static String presetName(String exercise, Path file, int lineNo) {
        String e = exercise.trim().toLowerCase(Locale.ROOT);
        String preset = ALIASES.getOrDefault(e, e);
        if (ExerciseProfile.preset(preset) == null) {
            throw new IllegalArgumentException(file + " line " + lineNo + ": unknown exercise '" + exercise
                    + "' (presets: " + String.join(", ", ExerciseProfile.presetNames()) + ")");
        }
        return preset;
    }
}
