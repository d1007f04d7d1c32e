package io.reptempo.reps;

/**
 * Something a rep did wrong, with when it happened and a sentence a coach can read.
 *
 * @param rep 1-based rep number
 */
public record Flag(FlagType type, int rep, double startS, double endS, String message) {
}
