package io.reptempo.reps;

/** Where the sensor sits: on the bar (it translates) or on a limb (it rotates about a joint). */
public enum Mount {
    BAR, LIMB;

    /** Unit of range of motion as shown to users. */
    public String romUnit() {
        return this == BAR ? "cm" : "deg";
    }
}
