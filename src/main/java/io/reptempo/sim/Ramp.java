package io.reptempo.sim;

/**
 * Shape of the speed ramp at one end of a movement, as a function of normalised ramp time u in [0, 1]
 * (u = 0 where the speed is zero, u = 1 where the plateau begins).
 */
enum Ramp {
    /** Raised cosine: starts from rest with zero acceleration, so acceleration stays continuous at a hold. */
    SMOOTH {
        @Override
        double speed(double u) {
            return 0.5 * (1.0 - Math.cos(Math.PI * u));
        }

        @Override
        double distance(double u) {
            return 0.5 * u - Math.sin(Math.PI * u) / (2.0 * Math.PI);
        }

        @Override
        double slope(double u) {
            return 0.5 * Math.PI * Math.sin(Math.PI * u);
        }

        @Override
        double timeAtSpeed(double fraction) {
            return Math.acos(1.0 - 2.0 * fraction) / Math.PI;
        }
    },
    /**
     * Quarter sine: maximal acceleration at zero speed. Used only where one movement reverses straight
     * into the next (touch-and-go bottom), so velocity passes through zero with the bar still accelerating.
     */
    BOUNCE {
        @Override
        double speed(double u) {
            return Math.sin(0.5 * Math.PI * u);
        }

        @Override
        double distance(double u) {
            return (2.0 / Math.PI) * (1.0 - Math.cos(0.5 * Math.PI * u));
        }

        @Override
        double slope(double u) {
            return 0.5 * Math.PI * Math.cos(0.5 * Math.PI * u);
        }

        @Override
        double timeAtSpeed(double fraction) {
            return 2.0 * Math.asin(fraction) / Math.PI;
        }
    };

    /** Speed as a fraction of the plateau speed. */
    abstract double speed(double u);

    /** Integral of {@link #speed} from 0 to u (distance in units of plateau speed times ramp time). */
    abstract double distance(double u);

    /** d speed / du. */
    abstract double slope(double u);

    /** The u at which speed equals {@code fraction} of the plateau speed. */
    abstract double timeAtSpeed(double fraction);

    /** Distance covered by the full ramp, in units of plateau speed times ramp time. */
    double area() {
        return distance(1.0);
    }
}
