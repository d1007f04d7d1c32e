package io.reptempo.sensor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Collects comment lines into {@link RecordingMetadata}: a line of only key=value pairs is metadata, anything else a note. */
final class MetadataBuilder {

    // People write "rate_hz = 200" as often as "rate_hz=200"; comment lines are rare, so a regex is fine here.
    private static final Pattern SPACES_AROUND_EQUALS = Pattern.compile("\\s*=\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    /** Takes the text of a comment line after the {@code #}. */
    void addComment(String text) {
        String body = stripHashes(text).strip();
        if (body.isEmpty()) {
            return;
        }
        String[] tokens = WHITESPACE.split(SPACES_AROUND_EQUALS.matcher(body).replaceAll("="));
        for (String token : tokens) {
            if (token.indexOf('=') <= 0) {
                notes.add(body);
                return;
            }
        }
        for (String token : tokens) {
            int eq = token.indexOf('=');
            values.put(token.substring(0, eq), token.substring(eq + 1));
        }
    }

    RecordingMetadata build() {
        return new RecordingMetadata(values, notes);
    }

    /** "## section" and "# note" both become notes without their hashes. */
    private static String stripHashes(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '#') {
            i++;
        }
        return text.substring(i);
    }
}
