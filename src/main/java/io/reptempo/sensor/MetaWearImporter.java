package io.reptempo.sensor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads a MetaWear / MetaMotion accelerometer export (MetaBase app) and the gyroscope file of the same recording,
 * found beside it by name or given explicitly, aligned on their {@code epoch (ms)} timestamps. Time t counts
 * seconds from the first accelerometer sample. The accelerometer file streams; the gyroscope file is read into
 * memory, as the alignment needs readings on both sides of each accelerometer time.
 */
final class MetaWearImporter implements RecordingSource {

    private static final double MS_PER_S = 1000.0;
    /** Files of one recording cover nearly the same time; less overlap than this means two different recordings. */
    static final double MIN_OVERLAP_FRACTION = 0.5;
    private static final int SKIP_NOTES_SHOWN = 5;

    private final Path file;
    private final FormatDetector.Detection detection;
    private final MetaWearHeader header;
    private final Path gyroFile;
    private final GyroTrack gyro;
    private final String accelRate;
    private final String gyroRate;
    private final Map<String, String> metadata;
    private final List<String> notes = new ArrayList<>();

    private MetaWearImporter(Path file, FormatDetector.Detection detection, MetaWearHeader header, Path gyroFile,
            GyroTrack gyro, String accelRate, String gyroRate, Map<String, String> metadata) {
        this.file = file;
        this.detection = detection;
        this.header = header;
        this.gyroFile = gyroFile;
        this.gyro = gyro;
        this.accelRate = accelRate;
        this.gyroRate = gyroRate;
        this.metadata = metadata;
    }

    /**
     * Checks the accelerometer file, finds and loads its gyroscope file, and checks the two belong together.
     *
     * @param explicitGyro the gyroscope file named by the user, or null to look beside the accelerometer file
     */
    static MetaWearImporter open(Path file, FormatDetector.Detection detection, Path explicitGyro)
            throws IOException, RecordingFormatException {
        MetaWearHeader header = MetaWearHeader.of(detection.names());
        Optional<MetaWearFileName> name = MetaWearFileName.parse(file.getFileName().toString());
        if (header.sensor() == MetaWearHeader.Sensor.GYROSCOPE) {
            throw new RecordingFormatException(gyroscopeAsMainMessage(file, name));
        }
        if (header.sensor() != MetaWearHeader.Sensor.ACCELEROMETER) {
            throw new RecordingFormatException("this MetaWear export holds axes in " + quoted(header.unit())
                    + ", not an accelerometer (g) or gyroscope (deg/s); give the accelerometer file "
                    + "..._Accelerometer_...csv.");
        }

        AccelSpan span = AccelSpan.measure(file, detection, header);
        Path gyroPath = explicitGyro != null ? explicitGyro : gyroscopeBeside(file, name);
        GyroTrack gyro = null;
        if (gyroPath != null) {
            FormatDetector.Detection gyroDetection = checkGyroscopeFile(gyroPath, explicitGyro != null);
            gyro = GyroTrack.load(gyroPath, gyroDetection.dialect(), gyroDetection.headerLine(),
                    MetaWearHeader.of(gyroDetection.names()));
            checkSameRecording(file, gyroPath, span, gyro, header.offset());
        }

        Optional<MetaWearFileName> gyroName = gyroPath == null ? Optional.empty()
                : MetaWearFileName.parse(gyroPath.getFileName().toString());
        OptionalDouble accelHz = name.map(MetaWearFileName::rateHz).orElse(OptionalDouble.empty());
        if (accelHz.isEmpty()) {
            accelHz = span.measuredRateHz();
        }
        OptionalDouble gyroHz = gyroName.map(MetaWearFileName::rateHz).orElse(OptionalDouble.empty());
        if (gyroHz.isEmpty() && gyro != null) {
            gyroHz = gyro.measuredRateHz();
        }
        String accelRate = accelHz.isPresent() ? SampleRate.text(accelHz.getAsDouble()) : null;
        String gyroRate = gyroHz.isPresent() ? SampleRate.text(gyroHz.getAsDouble()) : null;

        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("source_format", RecordingFormat.METAWEAR.key());
        name.flatMap(MetaWearFileName::device).ifPresent(d -> meta.put("device", d));
        if (accelRate != null) {
            meta.put("accel_rate_hz", accelRate);
        }
        if (gyroRate != null) {
            meta.put("gyro_rate_hz", gyroRate);
        }
        if (span.hasRows()) {
            meta.put("start_epoch_ms", epochText(span.firstEpochMs()));
            meta.put("start_time", isoTime(span.firstEpochMs(), header.offset()));
        }
        return new MetaWearImporter(file, detection, header, gyroPath, gyro, accelRate, gyroRate, meta);
    }

    @Override
    public RecordingFormat format() {
        return RecordingFormat.METAWEAR;
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder(RecordingFormat.METAWEAR.label());
        if (accelRate != null) {
            sb.append(" (").append(accelRate).append(" Hz)");
        }
        if (gyroFile == null) {
            sb.append(", no gyroscope file beside it (name one with --gyro)");
        } else {
            sb.append(" + gyroscope file ").append(gyroFile.getFileName());
            if (gyroRate != null) {
                sb.append(" (").append(gyroRate).append(" Hz)");
            }
        }
        return sb.toString();
    }

    @Override
    public Map<String, String> metadata() {
        return metadata;
    }

    @Override
    public boolean hasGyro() {
        return gyro != null;
    }

    @Override
    public List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public ReadReport read(SampleSink sink) throws IOException, RecordingFormatException {
        notes.clear();
        RowTally tally = new RowTally(sink, null);
        double[] g = new double[3];
        double toSi = header.toSi();
        double firstEpoch = Double.NaN;
        if (gyro != null) {
            gyro.resetCounts();
        }
        try (ColumnRows rows = ColumnRows.open(file, detection.dialect(), detection.headerLine(), header.columns(),
                header.names(), tally)) {
            while (rows.next()) {
                double epoch = rows.value(0);
                double origin = Double.isNaN(firstEpoch) ? epoch : firstEpoch;
                // Subtracting whole milliseconds first keeps t exact to the millisecond the file resolves.
                double t = (epoch - origin) / MS_PER_S;
                double ax = rows.value(1) * toSi;
                double ay = rows.value(2) * toSi;
                double az = rows.value(3) * toSi;
                Sample sample;
                if (gyro == null) {
                    sample = Sample.accel(t, ax, ay, az);
                } else {
                    gyro.at(epoch, g);
                    sample = new Sample(t, ax, ay, az, g[0], g[1], g[2]);
                }
                if (tally.accept(rows.line(), sample)) {
                    firstEpoch = origin;
                }
            }
        }
        ReadReport report = tally.finish(detection.headerLine(), header.names(), gyro != null, List.of(),
                new RecordingMetadata(metadata, List.of()));
        if (gyro != null) {
            gyroNotes();
        }
        return report;
    }

    private void gyroNotes() {
        String name = gyroFile.getFileName().toString();
        if (gyro.heldInGaps() > 0) {
            notes.add(gyro.heldInGaps() + " accelerometer sample(s) fall in gaps of more than "
                    + GyroTrack.MAX_INTERPOLATION_GAP_MS / MS_PER_S
                    + " s in the gyroscope file; they got the nearest gyroscope reading.");
        }
        if (gyro.outsideSpan() > 0) {
            notes.add(gyro.outsideSpan() + " accelerometer sample(s) lie more than "
                    + GyroTrack.MAX_INTERPOLATION_GAP_MS / MS_PER_S + " s outside the time span of the gyroscope "
                    + "file; they got its first or last reading.");
        }
        if (gyro.skippedRows() > 0) {
            notes.add("Skipped " + gyro.skippedRows() + " of " + (gyro.skippedRows() + gyro.size())
                    + " rows of the gyroscope file " + name + ":");
            List<String> shown = gyro.skipWarnings();
            shown.stream().limit(SKIP_NOTES_SHOWN).forEach(w -> notes.add("  " + w));
            if (gyro.skippedRows() > Math.min(shown.size(), SKIP_NOTES_SHOWN)) {
                notes.add("  ... and " + (gyro.skippedRows() - Math.min(shown.size(), SKIP_NOTES_SHOWN)) + " more");
            }
        }
    }

    // ---- opening ------------------------------------------------------------------------------------------

    private static String gyroscopeAsMainMessage(Path file, Optional<MetaWearFileName> name) {
        String accel = "..._Accelerometer_...csv";
        if (name.isPresent() && name.get().sensor().equals(MetaWearFileName.GYROSCOPE)) {
            try {
                List<Path> beside = name.get().partnersBeside(file, MetaWearFileName.ACCELEROMETER);
                if (beside.size() == 1) {
                    accel = beside.get(0).getFileName().toString();
                } else {
                    accel = name.get().recording() + "_Accelerometer_...csv";
                }
            } catch (IOException e) {
                // The folder cannot be listed: the generic pattern still tells the user what to give.
            }
        }
        return "this is a gyroscope file; give the accelerometer file " + accel
                + ", its gyroscope file is found beside it.";
    }

    /** The gyroscope file of the same recording beside the accelerometer file, or null when there is none. */
    private static Path gyroscopeBeside(Path file, Optional<MetaWearFileName> name)
            throws IOException, RecordingFormatException {
        if (name.isEmpty() || !name.get().sensor().equals(MetaWearFileName.ACCELEROMETER)) {
            return null;
        }
        List<Path> found = name.get().partnersBeside(file, MetaWearFileName.GYROSCOPE);
        if (found.size() > 1) {
            List<String> names = new ArrayList<>();
            found.forEach(p -> names.add(p.getFileName().toString()));
            throw new RecordingFormatException("there are " + found.size() + " gyroscope files beside it ("
                    + String.join(", ", names) + "); name the one of this recording with --gyro.");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** Checks a gyroscope file really is one, with messages that say which file is wrong. */
    private static FormatDetector.Detection checkGyroscopeFile(Path gyroPath, boolean explicit)
            throws IOException, RecordingFormatException {
        String what = explicit ? "--gyro " + gyroPath : "the gyroscope file " + gyroPath.getFileName() + " beside it";
        if (!Files.isRegularFile(gyroPath)) {
            throw new RecordingFormatException(what + ": no such file");
        }
        if (!Files.isReadable(gyroPath)) {
            throw new RecordingFormatException(what + ": cannot read it (permission denied)");
        }
        FormatDetector.Detection d;
        try {
            d = FormatDetector.inspect(gyroPath, false);
        } catch (RecordingFormatException e) {
            throw new RecordingFormatException(notGyroscopeMessage(what, "its header is not a MetaWear export"));
        }
        if (d.format() != RecordingFormat.METAWEAR) {
            throw new RecordingFormatException(notGyroscopeMessage(what, d.header() == null ? "it has no header row"
                    : "it is a " + d.format().label()));
        }
        MetaWearHeader h = MetaWearHeader.of(d.names());
        if (h.sensor() == MetaWearHeader.Sensor.ACCELEROMETER) {
            throw new RecordingFormatException(notGyroscopeMessage(what, "it is a MetaWear accelerometer file (x-axis in "
                    + h.unit() + ")"));
        }
        if (h.sensor() != MetaWearHeader.Sensor.GYROSCOPE) {
            throw new RecordingFormatException(notGyroscopeMessage(what, "its axes are in " + quoted(h.unit())));
        }
        return d;
    }

    private static String notGyroscopeMessage(String what, String why) {
        return what + " is not a MetaWear gyroscope file: " + why + ". A gyroscope file's header reads "
                + MetaWearHeader.GYROSCOPE_EXAMPLE + ".";
    }

    private static void checkSameRecording(Path accel, Path gyroPath, AccelSpan span, GyroTrack gyro,
            ZoneOffset offset) throws RecordingFormatException {
        if (!span.hasRows()) {
            return;
        }
        double a0 = span.firstEpochMs();
        double a1 = span.lastEpochMs();
        double overlap = Math.min(a1, gyro.lastEpochMs()) - Math.max(a0, gyro.firstEpochMs());
        double needed = MIN_OVERLAP_FRACTION * (a1 - a0);
        if (overlap >= 0 && overlap >= needed) {
            return;
        }
        String shared = overlap <= 0 ? "they do not overlap at all"
                : String.format(Locale.ROOT, "they overlap for only %.1f s", overlap / MS_PER_S);
        throw new RecordingFormatException(String.format(Locale.ROOT,
                "%s and the gyroscope file %s are different recordings: the accelerometer runs from %s for %.1f s, "
                        + "the gyroscope from %s for %.1f s, and %s (at least half the accelerometer's time is "
                        + "needed). Give the gyroscope file of this recording with --gyro.",
                accel.getFileName(), gyroPath.getFileName(), isoTime(a0, offset), (a1 - a0) / MS_PER_S,
                isoTime(gyro.firstEpochMs(), offset), (gyro.lastEpochMs() - gyro.firstEpochMs()) / MS_PER_S,
                shared));
    }

    private static String epochText(double epochMs) {
        return epochMs == Math.rint(epochMs) ? Long.toString((long) epochMs) : Double.toString(epochMs);
    }

    /** ISO 8601 with the exporting phone's UTC offset when the header names it, else in UTC. */
    private static String isoTime(double epochMs, ZoneOffset offset) {
        Instant instant = Instant.ofEpochMilli(Math.round(epochMs));
        return offset == null ? instant.toString() : instant.atOffset(offset).toString();
    }

    private static String quoted(String s) {
        return '"' + s + '"';
    }

    /** The first and last epoch of the accelerometer file, and its rate, read from its head and tail only. */
    private record AccelSpan(double firstEpochMs, double lastEpochMs, OptionalDouble measuredRateHz) {

        boolean hasRows() {
            return !Double.isNaN(firstEpochMs);
        }

        static AccelSpan measure(Path file, FormatDetector.Detection d, MetaWearHeader header) throws IOException {
            double[] epochs = new double[SampleRate.PEEK_ROWS];
            int n = 0;
            ColumnRows.Skips ignore = (line, reason, what) -> { };
            try (ColumnRows rows = ColumnRows.open(file, d.dialect(), d.headerLine(), header.columns(),
                    header.names(), ignore)) {
                while (n < epochs.length && rows.next()) {
                    epochs[n++] = rows.value(0);
                }
            }
            if (n == 0) {
                return new AccelSpan(Double.NaN, Double.NaN, OptionalDouble.empty());
            }
            double last = FileTail.lastTime(file, d.dialect(), header.names().size(), header.epoch());
            if (!(last >= epochs[n - 1])) {
                last = epochs[n - 1];
            }
            return new AccelSpan(epochs[0], last, SampleRate.fromTimes(epochs, n, MS_PER_S));
        }
    }
}
