package io.reptempo.sensor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads any delimited CSV through a {@code --columns} mapping, in the units the user gives ({@code --units},
 * {@code --gyro-units}, {@code --time-units}); the acceleration units are checked on the first samples as in the
 * project format. Time t counts seconds from the first sample, so epoch timestamps become small numbers.
 */
final class MappedCsvImporter implements RecordingSource {

    private final Path file;
    private final FormatDetector.Detection detection;
    private final ColumnMapping mapping;
    private final ReaderOptions units;
    private final int[] columns;
    private final List<String> ignored;
    private final String rate;
    private final RecordingMetadata fileMetadata;
    private final Map<String, String> metadata;

    private MappedCsvImporter(Path file, FormatDetector.Detection detection, ColumnMapping mapping,
            ReaderOptions units, int[] columns, List<String> ignored, String rate, RecordingMetadata fileMetadata,
            Map<String, String> metadata) {
        this.file = file;
        this.detection = detection;
        this.mapping = mapping;
        this.units = units;
        this.columns = columns;
        this.ignored = List.copyOf(ignored);
        this.rate = rate;
        this.fileMetadata = fileMetadata;
        this.metadata = metadata;
    }

    static MappedCsvImporter open(Path file, FormatDetector.Detection detection, ColumnMapping mapping,
            ReaderOptions units) throws IOException, RecordingFormatException {
        if (detection.header() == null) {
            throw new RecordingFormatException("the file has no header row naming its columns, so --columns "
                    + "has nothing to map" + (detection.comments().isEmpty() ? " (it is empty)." : "."));
        }
        List<String> names = detection.names();
        List<String> wanted = mapping.columns();
        List<String> roles = mapping.roles();
        int[] columns = new int[wanted.size()];
        for (int r = 0; r < wanted.size(); r++) {
            columns[r] = indexOf(names, wanted.get(r));
            if (columns[r] < 0) {
                throw new RecordingFormatException("--columns maps " + roles.get(r) + "=" + wanted.get(r)
                        + ", but the header row (line " + detection.headerLine() + ") has no column "
                        + wanted.get(r) + "; its columns are: " + String.join(", ", names) + ".");
            }
        }
        List<String> ignored = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            boolean used = false;
            for (int k : columns) {
                used |= k == c;
            }
            if (!used) {
                ignored.add(names.get(c));
            }
        }

        MetadataBuilder comments = new MetadataBuilder();
        detection.comments().forEach(comments::addComment);
        RecordingMetadata fileMetadata = comments.build();
        OptionalDouble hz = SampleRate.peek(file, detection, columns, units.timeUnits().perSecond());
        String rate = hz.isPresent() ? SampleRate.text(hz.getAsDouble()) : null;
        Map<String, String> meta = new LinkedHashMap<>(fileMetadata.values());
        meta.putIfAbsent("source_format", RecordingFormat.MAPPED.key());
        if (rate != null) {
            meta.putIfAbsent("accel_rate_hz", rate);
            if (mapping.hasGyro()) {
                meta.putIfAbsent("gyro_rate_hz", rate);
            }
        }
        return new MappedCsvImporter(file, detection, mapping, units, columns, ignored, rate, fileMetadata, meta);
    }

    private static int indexOf(List<String> names, String wanted) {
        String w = wanted.toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).toLowerCase(Locale.ROOT).equals(w)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public RecordingFormat format() {
        return RecordingFormat.MAPPED;
    }

    @Override
    public String describe() {
        return "CSV read through --columns " + mapping.text() + " (" + detection.dialect().describe()
                + ", t in " + units.timeUnits().cliName() + ", acceleration in " + units.accelUnits().cliName()
                + (mapping.hasGyro() ? ", angular rate in " + units.gyroUnits().cliName() : ", no gyroscope")
                + (rate == null ? "" : ", " + rate + " Hz") + ")";
    }

    @Override
    public Map<String, String> metadata() {
        return metadata;
    }

    @Override
    public boolean hasGyro() {
        return mapping.hasGyro();
    }

    @Override
    public List<String> notes() {
        return List.of();
    }

    @Override
    public ReadReport read(SampleSink sink) throws IOException, RecordingFormatException {
        RowTally tally = new RowTally(sink, units.accelUnits());
        double perSecond = units.timeUnits().perSecond();
        double accelToSi = units.accelUnits().toMetersPerSecond2();
        double gyroToSi = units.gyroUnits().toRadiansPerSecond();
        boolean gyro = mapping.hasGyro();
        double first = Double.NaN;
        try (ColumnRows rows = ColumnRows.open(file, detection.dialect(), detection.headerLine(), columns,
                detection.names(), tally)) {
            while (rows.next()) {
                double raw = rows.value(0);
                double origin = Double.isNaN(first) ? raw : first;
                // The difference in the file's own units first: exact for integer timestamps such as epoch ms.
                double t = (raw - origin) / perSecond;
                double ax = rows.value(1) * accelToSi;
                double ay = rows.value(2) * accelToSi;
                double az = rows.value(3) * accelToSi;
                Sample sample = gyro
                        ? new Sample(t, ax, ay, az, rows.value(4) * gyroToSi, rows.value(5) * gyroToSi,
                                rows.value(6) * gyroToSi)
                        : Sample.accel(t, ax, ay, az);
                if (tally.accept(rows.line(), sample)) {
                    first = origin;
                }
            }
        }
        Map<String, String> values = new LinkedHashMap<>(metadata);
        return tally.finish(detection.headerLine(), detection.names(), gyro, ignored,
                new RecordingMetadata(values, fileMetadata.notes()));
    }
}
