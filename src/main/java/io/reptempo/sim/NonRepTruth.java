package io.reptempo.sim;

/**
 * A movement that is not a rep (unrack, walkout, re-rack, warm-up partial, adjustment) and its span:
 * from the first to the last 5 % crossing of its movements, vertical and horizontal alike.
 */
public record NonRepTruth(NonRepKind kind, double startS, double endS) {
}
