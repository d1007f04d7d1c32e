package io.reptempo.live;

/** Where cues are sounded: a tone, the terminal bell, or a counter in tests. Must return at once. */
@FunctionalInterface
public interface CueOutput {

    void play(Cue cue);

    /** Sounds nothing. */
    static CueOutput none() {
        return cue -> {
        };
    }
}
