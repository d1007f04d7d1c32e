package io.reptempo.sim;

/** A rep as the planner intended it; {@code set} counts sets appended to one stream, from 0. */
record PlannedRep(int index, int set, boolean partial) {
}
