package io.reptempo.sim;

import io.reptempo.sensor.RecordingWriter;
import io.reptempo.sensor.Sample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A simulated recording held in memory, with its ground truth and recording metadata. */
public record SimulatedSet(List<Sample> samples, SetTruth truth, Map<String, String> metadata) {

    public SimulatedSet {
        samples = List.copyOf(samples);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** Writes the CSV recording and its truth beside it ({@code X.csv} -> {@code X.truth.json}). */
    public void write(Path csv) throws IOException {
        try (RecordingWriter writer = new RecordingWriter(csv, metadata, truth.hasGyro())) {
            for (Sample s : samples) {
                writer.accept(s);
            }
        }
        truth.writeJson(SetTruth.pathBeside(csv));
    }
}
