package io.reptempo.sim;

/**
 * An upward (concentric) movement inside a lowering, or, in unassisted eccentric-only sets, any
 * return up. {@code size} is metres for a bar mount, degrees for a limb mount.
 */
public record ShorteningTruth(int rep, double startS, double endS, double size) {
}
