package io.reptempo.sensor;

import java.util.ArrayList;
import java.util.List;

/** Test sink that keeps every sample and counts finish calls. */
final class CollectingSink implements SampleSink {

    final List<Sample> samples = new ArrayList<>();
    int finishCalls;

    @Override
    public void accept(Sample sample) {
        samples.add(sample);
    }

    @Override
    public void finish() {
        finishCalls++;
    }
}
