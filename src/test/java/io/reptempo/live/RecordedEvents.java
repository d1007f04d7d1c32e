package io.reptempo.live;

import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.SetResult;
import io.reptempo.sensor.CsvRecordingReader;
import io.reptempo.sensor.ReaderOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** A recording played through a {@link LiveSession}: the live events it gave, in order, and the set's analysis. */
record RecordedEvents(List<LiveEvent> events, SetResult result) {

    static RecordedEvents of(Path recording, AnalysisSettings settings) throws Exception {
        return of(recording, settings, UnaryOperator.identity());
    }

    /** @param wrap puts something between the session and the list (e.g. the velocity-loss advice) */
    static RecordedEvents of(Path recording, AnalysisSettings settings,
                             UnaryOperator<Consumer<LiveEvent>> wrap) throws Exception {
        List<LiveEvent> events = new ArrayList<>();
        LiveSession session = new LiveSession(settings, wrap.apply(events::add), null);
        CsvRecordingReader.read(recording, ReaderOptions.defaults(), session);
        session.finish();
        return new RecordedEvents(List.copyOf(events), session.result());
    }

    List<LiveEvent> ofType(String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }
}
