package io.reptempo.sensor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A recording file in any format reptempo reads, detected from its header, checked and ready to stream its
 * samples (in SI units, time in seconds) into a {@link SampleSink}: the one entry point for everything that reads
 * a recording.
 */
public interface RecordingSource {

    /**
     * Detects the format of {@code main} and opens it: finds the companion gyroscope file of a MetaWear export,
     * applies a {@code --columns} mapping, checks everything that can be checked before reading.
     *
     * @throws RecordingFormatException when the file (or its gyroscope file) cannot be read as a recording; the
     *                                  message says what to do instead
     */
    static RecordingSource open(Path main, ImportOptions options) throws IOException, RecordingFormatException {
        FormatDetector.Detection detection = FormatDetector.inspect(main, options.columns() != null);
        if (options.gyroFile() != null && detection.format() != RecordingFormat.METAWEAR) {
            throw new RecordingFormatException("a separate gyroscope file (" + options.gyroFile().getFileName()
                    + ") only goes with a MetaWear accelerometer export, and this is a "
                    + detection.format().label() + "; leave out --gyro.");
        }
        switch (detection.format()) {
            case METAWEAR:
                return MetaWearImporter.open(main, detection, options.gyroFile());
            case PHYPHOX:
                return PhyphoxImporter.open(main, detection);
            case MAPPED:
                return MappedCsvImporter.open(main, detection, options.columns(), options.reader());
            default:
                return ReptempoImporter.open(main, detection, options.reader());
        }
    }

    /** The format found. */
    RecordingFormat format();

    /** One line saying what was found, e.g. {@code MetaWear accelerometer export (12.5 Hz) + gyroscope file ...}. */
    String describe();

    /**
     * What is known about the recording before reading it, as {@code key=value} pairs for a converted file's
     * {@code #} lines: {@code source_format}, {@code device}, {@code accel_rate_hz}, {@code gyro_rate_hz},
     * {@code start_epoch_ms}, {@code start_time} where the format tells them, or the file's own metadata.
     */
    Map<String, String> metadata();

    /** Whether the samples will carry angular rates. */
    boolean hasGyro();

    /**
     * Streams the samples to {@code sink} in time order and calls its {@link SampleSink#finish()}. Bad rows are
     * skipped and counted with their line numbers.
     *
     * @throws RecordingFormatException when the file as a whole is unusable (no samples, wrong units)
     */
    ReadReport read(SampleSink sink) throws IOException, RecordingFormatException;

    /** Things the user should know about the last {@link #read}, beyond skipped rows (e.g. gyroscope gaps). */
    List<String> notes();
}
