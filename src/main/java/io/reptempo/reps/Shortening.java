package io.reptempo.reps;

/**
 * An unwanted shortening (concentric) movement: a push back up inside a lowering, or in an
 * eccentric-only set an unassisted return.
 *
 * @param size distance moved, m (bar) or deg (limb)
 */
public record Shortening(int rep, double startS, double endS, double size, boolean insideLowering) {
}
