package io.reptempo.live;

/** The sounds live mode makes. */
public enum Cue {
    /** A rep broke a rule (one cue per batch of flags). */
    FLAG,
    /** The metronome: one second of the target eccentric has gone by. */
    TICK,
    /** End the set: the velocity loss reached its limit. */
    ADVICE
}
