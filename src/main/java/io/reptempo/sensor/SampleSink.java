package io.reptempo.sensor;

/** Where a source pushes samples: the engine, a recorder, or a test collector. */
public interface SampleSink {

    /** Takes the next sample; samples arrive in strictly increasing time. */
    void accept(Sample sample);

    /** Called once when the source has no more samples. */
    default void finish() {
    }
}
