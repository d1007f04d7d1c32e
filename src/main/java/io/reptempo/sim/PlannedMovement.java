package io.reptempo.sim;

/**
 * A movement with its meaning.
 *
 * @param vertical true for the vertical (or joint-angle) coordinate, false for horizontal bar travel
 * @param rep      1-based rep index, 0 when outside a rep
 * @param nonRep   index into the plan's non-rep list, -1 when not part of one
 */
record PlannedMovement(Movement movement, boolean vertical, MovementRole role, int rep, int nonRep) {
}
