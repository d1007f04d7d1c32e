package io.reptempo.sim;

import java.util.List;

/**
 * Everything the motion of a set is made of, before any sensor sees it.
 *
 * @param vertical      bar height in metres, or joint angle in degrees from hanging for a limb
 * @param horizontal    horizontal bar travel in metres (no movements for a limb)
 * @param activeWindows spans in which the lifter holds the load (tilt and tremor fade in and out there)
 * @param endS          time of the last sample; the motion is still for at least 1 s before it
 * @param limbRadiusM   distance from joint to sensor, NaN for a bar mount
 */
record SetPlan(SetDescription description, MotionTrack vertical, MotionTrack horizontal,
               List<PlannedMovement> movements, List<PlannedRep> reps, List<NonRepKind> nonReps,
               List<TimeWindow> activeWindows, double endS, double limbRadiusM) {
}
