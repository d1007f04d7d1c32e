package io.reptempo.sim;

/** True motion of the sensor's carrier (bar or limb segment) expressed in the carrier's own frame. */
interface Kinematics {

    /**
     * Writes the carrier-frame specific force (m/s^2, gravity included) into out[0..2] and the
     * carrier-frame angular rate (rad/s) into out[3..5].
     */
    void evaluate(double t, double[] out);
}
