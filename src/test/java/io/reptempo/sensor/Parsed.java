package io.reptempo.sensor;

import java.util.List;

/** What a test got from parsing a text: the samples and the report. */
record Parsed(List<Sample> samples, ReadReport report) {

    static Parsed of(String text) throws RecordingFormatException {
        return of(text, ReaderOptions.defaults());
    }

    static Parsed of(String text, ReaderOptions options) throws RecordingFormatException {
        CollectingSink sink = new CollectingSink();
        RecordingParser parser = new RecordingParser(options, sink);
        parser.acceptChunk(text);
        ReadReport report = parser.finish();
        return new Parsed(List.copyOf(sink.samples), report);
    }
}
