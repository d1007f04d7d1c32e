package io.reptempo.sensor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the {@code #} comment lines of a recording said: {@code key=value} pairs in file order, and free-text notes.
 *
 * @param values key=value pairs in the order their keys first appeared; a repeated key keeps its last value
 * @param notes  comment lines that were not key=value pairs, without the leading {@code #}
 */
public record RecordingMetadata(Map<String, String> values, List<String> notes) {

    public RecordingMetadata {
        // LinkedHashMap rather than Map.copyOf: the file order is part of what the user wrote.
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        notes = List.copyOf(notes);
    }

    /** No comments at all. */
    public static RecordingMetadata empty() {
        return new RecordingMetadata(Map.of(), List.of());
    }

    /** The value written for {@code key} (exact, case-sensitive), if any. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The value for {@code key} as a number, or empty when absent or not a number (e.g. {@code load_kg=60}). */
    public OptionalDouble number(String key) {
        String v = values.get(key);
        if (v == null) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(v.trim());
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
