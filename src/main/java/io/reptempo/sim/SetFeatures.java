package io.reptempo.sim;

/**
 * Optional oddities of a normal bench or squat set.
 *
 * @param warmupPartial  begin with a partial warm-up movement (a non-rep)
 * @param partialReps    how many reps stop short of full depth
 * @param shorteningReps how many lowerings contain a push back up
 */
record SetFeatures(boolean warmupPartial, int partialReps, int shorteningReps) {

    static final SetFeatures NONE = new SetFeatures(false, 0, 0);
}
