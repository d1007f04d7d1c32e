package io.reptempo.sensor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads a phyphox CSV export of the "Acceleration with g" experiment (comma, semicolon or tab separated, decimal
 * comma where the separator is not a comma), with the gyroscope columns when the export has them. Refuses the
 * "Linear Acceleration" experiment: without gravity the sensor's orientation cannot be found.
 */
final class PhyphoxImporter implements RecordingSource {

    private static final String USE_INSTEAD = "Record the set with phyphox's \"Acceleration with g\" experiment "
            + "and export it as CSV.";

    private final Path file;
    private final FormatDetector.Detection detection;
    private final int[] columns;
    private final double timePerSecond;
    private final double accelToSi;
    private final double gyroToSi;
    private final boolean gyro;
    private final List<String> ignored;
    private final String rate;
    private final Map<String, String> metadata;

    private PhyphoxImporter(Path file, FormatDetector.Detection detection, int[] columns, double timePerSecond,
            double accelToSi, double gyroToSi, List<String> ignored, String rate, Map<String, String> metadata) {
        this.file = file;
        this.detection = detection;
        this.columns = columns;
        this.timePerSecond = timePerSecond;
        this.accelToSi = accelToSi;
        this.gyroToSi = gyroToSi;
        this.gyro = columns.length == 7;
        this.ignored = List.copyOf(ignored);
        this.rate = rate;
        this.metadata = metadata;
    }

    static PhyphoxImporter open(Path file, FormatDetector.Detection detection)
            throws IOException, RecordingFormatException {
        List<String> names = detection.names();
        PhyphoxColumns found = PhyphoxColumns.of(names);
        if (!PhyphoxColumns.complete(found.accel())) {
            if (PhyphoxColumns.any(found.linear())) {
                throw new RecordingFormatException("this is a phyphox export of the \"Linear Acceleration\" "
                        + "experiment, which removes gravity, so reptempo cannot tell which way the sensor points. "
                        + USE_INSTEAD);
            }
            throw new RecordingFormatException("this phyphox export has no acceleration columns (its columns: "
                    + String.join(", ", names) + "). " + USE_INSTEAD
                    + " If it is not a phyphox file, name its columns with --columns " + ColumnMapping.EXAMPLE + ".");
        }
        String timeUnit = HeaderUnits.unitOf(names.get(found.time()));
        OptionalDouble timePerSecond = HeaderUnits.timePerSecond(timeUnit);
        if (timePerSecond.isEmpty()) {
            throw new RecordingFormatException("the time column " + names.get(found.time())
                    + " is not in s, ms or us; name the columns with --columns and give --time-units.");
        }
        String accelUnit = HeaderUnits.unitOf(names.get(found.accel()[0]));
        OptionalDouble accelToSi = HeaderUnits.accelToSi(accelUnit);
        if (accelToSi.isEmpty()) {
            throw new RecordingFormatException("the acceleration is in \"" + accelUnit + "\", not m/s^2 or g; "
                    + "name the columns with --columns and give --units.");
        }
        boolean useGyro = PhyphoxColumns.complete(found.gyro());
        double gyroToSi = Double.NaN;
        if (useGyro) {
            OptionalDouble g = HeaderUnits.gyroToSi(HeaderUnits.unitOf(names.get(found.gyro()[0])));
            // A gyroscope in units we cannot convert is dropped rather than fed to the engine wrongly scaled.
            useGyro = g.isPresent();
            gyroToSi = g.orElse(Double.NaN);
        }
        int[] columns = useGyro
                ? new int[] {found.time(), found.accel()[0], found.accel()[1], found.accel()[2], found.gyro()[0],
                    found.gyro()[1], found.gyro()[2]}
                : new int[] {found.time(), found.accel()[0], found.accel()[1], found.accel()[2]};
        List<String> ignored = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            int column = c;
            if (Arrays.stream(columns).noneMatch(k -> k == column)) {
                ignored.add(names.get(c));
            }
        }

        OptionalDouble hz = SampleRate.peek(file, detection, columns, timePerSecond.getAsDouble());
        String rate = hz.isPresent() ? SampleRate.text(hz.getAsDouble()) : null;
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("source_format", RecordingFormat.PHYPHOX.key());
        if (rate != null) {
            meta.put("accel_rate_hz", rate);
            if (useGyro) {
                meta.put("gyro_rate_hz", rate);
            }
        }
        return new PhyphoxImporter(file, detection, columns, timePerSecond.getAsDouble(), accelToSi.getAsDouble(),
                gyroToSi, ignored, rate, meta);
    }

    @Override
    public RecordingFormat format() {
        return RecordingFormat.PHYPHOX;
    }

    @Override
    public String describe() {
        return RecordingFormat.PHYPHOX.label() + " (" + detection.dialect().describe()
                + (rate == null ? "" : ", " + rate + " Hz") + ")" + (gyro ? " with gyroscope" : ", no gyroscope");
    }

    @Override
    public Map<String, String> metadata() {
        return metadata;
    }

    @Override
    public boolean hasGyro() {
        return gyro;
    }

    @Override
    public List<String> notes() {
        return List.of();
    }

    @Override
    public ReadReport read(SampleSink sink) throws IOException, RecordingFormatException {
        RowTally tally = new RowTally(sink, null);
        double first = Double.NaN;
        try (ColumnRows rows = ColumnRows.open(file, detection.dialect(), detection.headerLine(), columns,
                detection.names(), tally)) {
            while (rows.next()) {
                double raw = rows.value(0);
                double origin = Double.isNaN(first) ? raw : first;
                double t = (raw - origin) / timePerSecond;
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
        return tally.finish(detection.headerLine(), detection.names(), gyro, ignored,
                new RecordingMetadata(metadata, List.of()));
    }
}
