package io.reptempo.sim;

import java.util.SplittableRandom;

/**
 * Generates the motion of one kind of set. An instance holds the lifter's persistent traits (range
 * of motion, limb length), so sets appended one after another look like the same person.
 */
interface SetPlanner {

    SetDescription description();

    /** Where the vertical coordinate starts (metres, or degrees from hanging for a limb). */
    default double initialVertical() {
        return 0.0;
    }

    /** Joint-to-sensor distance for a limb mount, NaN for the bar. */
    default double limbRadiusM() {
        return Double.NaN;
    }

    /** Appends one whole set: calibration stillness, the set, at least 1 s of stillness at the end. */
    void appendSet(PlanBuilder builder, SplittableRandom rng);
}
