package io.reptempo.sim;

/**
 * The fixed facts of a generated set.
 *
 * @param fixedGyro true/false when the scenario dictates the sensor, null when the seed decides
 */
record SetDescription(String exercise, Mount mount, PhaseOrder first, SetMode mode, boolean assistedReturn,
                      Boolean fixedGyro) {
}
