package io.reptempo.sim;

/**
 * Velocity profile of a movement: ramp-up shape and fraction of the duration, ramp-down likewise;
 * whatever is left between them is a constant-velocity plateau.
 */
record Shape(Ramp up, double upFraction, Ramp down, double downFraction) {

    Shape {
        if (!(upFraction > 0 && downFraction > 0 && upFraction + downFraction <= 1.0 + 1e-12)) {
            throw new IllegalArgumentException("bad ramp fractions " + upFraction + ", " + downFraction);
        }
    }

    /** Starts and ends at rest with continuous acceleration. */
    static Shape smooth(double upFraction, double downFraction) {
        return new Shape(Ramp.SMOOTH, upFraction, Ramp.SMOOTH, downFraction);
    }

    /** Same ramp fraction at both ends. */
    static Shape smooth(double rampFraction) {
        return smooth(rampFraction, rampFraction);
    }

    /** Mean speed over the movement divided by the plateau speed. */
    double meanSpeedRatio() {
        return 1.0 - upFraction * (1.0 - up.area()) - downFraction * (1.0 - down.area());
    }
}
