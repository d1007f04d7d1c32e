package io.reptempo.sensor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The project's own recording format, read by {@link RecordingParser} through {@link CsvRecordingReader}. */
final class ReptempoImporter implements RecordingSource {

    private final Path file;
    private final ReaderOptions options;
    private final boolean gyro;
    private final Map<String, String> metadata;

    private ReptempoImporter(Path file, ReaderOptions options, boolean gyro, Map<String, String> metadata) {
        this.file = file;
        this.options = options;
        this.gyro = gyro;
        this.metadata = metadata;
    }

    static ReptempoImporter open(Path file, FormatDetector.Detection detection, ReaderOptions options) {
        // The parser judges the header when reading; here it only tells whether to expect a gyroscope.
        boolean gyro = detection.header() != null && ColumnLayout.parse(detection.header()).hasGyro();
        MetadataBuilder comments = new MetadataBuilder();
        detection.comments().forEach(comments::addComment);
        return new ReptempoImporter(file, options, gyro, comments.build().values());
    }

    @Override
    public RecordingFormat format() {
        return RecordingFormat.REPTEMPO;
    }

    @Override
    public String describe() {
        return RecordingFormat.REPTEMPO.label() + (gyro ? " with gyroscope" : ", accelerometer only");
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
        return CsvRecordingReader.read(file, options, sink);
    }
}
