package io.reptempo.sensor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the first lines of a file (its {@code #} comments and header row) and decides which {@link RecordingFormat} it is. */
public final class FormatDetector {

    private static final Set<String> PROJECT_COLUMNS = Set.of("t", "ax", "ay", "az", "gx", "gy", "gz");
    private static final int MAX_QUOTED_CHARS = 80;

    /**
     * What the top of a file said.
     *
     * @param format     the format decided on
     * @param header     the first line that is neither blank nor a comment, or null when there is none
     * @param headerLine its 1-based line number (0 when there is none)
     * @param dialect    the separator the header uses
     * @param names      the header's column names, unquoted and trimmed
     * @param comments   the text after {@code #} of the comment lines before the header
     */
    record Detection(RecordingFormat format, String header, long headerLine, CsvDialect dialect, List<String> names,
            List<String> comments) {

        Detection {
            names = List.copyOf(names);
            comments = List.copyOf(comments);
        }
    }

    private FormatDetector() {
    }

    /**
     * The format of a file, from its header.
     *
     * @throws RecordingFormatException when the header is none of the formats reptempo reads
     */
    public static RecordingFormat detect(Path file) throws IOException, RecordingFormatException {
        return inspect(file, false).format();
    }

    /**
     * Reads the top of a file and decides.
     *
     * @param mapped the user gave a {@code --columns} mapping: the file is read through it whatever its header
     * @throws RecordingFormatException when the header is none of the formats reptempo reads and there is no mapping
     */
    static Detection inspect(Path file, boolean mapped) throws IOException, RecordingFormatException {
        List<String> comments = new ArrayList<>();
        String header = null;
        long headerLine = 0;
        try (LineReader lines = LineReader.open(file)) {
            while (lines.next()) {
                if (lines.tooLong()) {
                    // Let the project parser say the line is too long to be a recording.
                    return new Detection(mapped ? RecordingFormat.MAPPED : RecordingFormat.REPTEMPO, null, 0,
                            CsvDialect.COMMA, List.of(), comments);
                }
                if (lines.isBlank()) {
                    continue;
                }
                String text = lines.text();
                if (lines.isComment()) {
                    comments.add(text.strip().substring(1));
                    continue;
                }
                header = text.strip();
                headerLine = lines.number();
                break;
            }
        }
        if (header == null) {
            return new Detection(mapped ? RecordingFormat.MAPPED : RecordingFormat.REPTEMPO, null, 0,
                    CsvDialect.COMMA, List.of(), comments);
        }
        CsvDialect dialect = CsvDialect.sniff(header);
        List<String> names = dialect.names(header);
        RecordingFormat format;
        if (mapped) {
            format = RecordingFormat.MAPPED;
        } else if (MetaWearHeader.looksLike(names)) {
            format = RecordingFormat.METAWEAR;
        } else if (PhyphoxColumns.looksLike(names)) {
            format = RecordingFormat.PHYPHOX;
        } else if (looksLikeProjectFormat(header)) {
            format = RecordingFormat.REPTEMPO;
        } else {
            throw new RecordingFormatException(unknownMessage(header, headerLine, names));
        }
        return new Detection(format, header, headerLine, dialect, names, comments);
    }

    /**
     * A header naming any of the project's columns, or a first row of numbers (a recording whose header is
     * missing): the project parser gives the precise message for either.
     */
    private static boolean looksLikeProjectFormat(String header) {
        String[] fields = header.split(",", -1);
        for (String f : fields) {
            if (PROJECT_COLUMNS.contains(f.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        char[] first = fields[0].strip().toCharArray();
        try {
            DecimalParser.parse(first, 0, first.length);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String unknownMessage(String header, long headerLine, List<String> names) {
        String shown = header.length() > MAX_QUOTED_CHARS ? header.substring(0, MAX_QUOTED_CHARS) + "..." : header;
        String example = names.size() >= 4 && names.stream().limit(4).noneMatch(n -> n.isEmpty() || n.contains(","))
                ? "t=" + names.get(0) + ",ax=" + names.get(1) + ",ay=" + names.get(2) + ",az=" + names.get(3)
                : "t=time,ax=accX,ay=accY,az=accZ";
        return "the header row (line " + headerLine + ") reads \"" + shown + "\", which is not a format reptempo "
                + "knows. It reads reptempo recordings (header t,ax,ay,az[,gx,gy,gz]), MetaWear/MetaBase CSV exports "
                + "(epoch (ms),...,x-axis (g),...) and phyphox \"Acceleration with g\" CSV exports "
                + "(\"Time (s)\",\"Acceleration x (m/s^2)\",...). For any other CSV, say which columns hold what with "
                + "--columns, e.g. --columns " + example + " (with --units g|m/s2, --gyro-units deg/s|rad/s and "
                + "--time-units s|ms|us as needed).";
    }
}
