package io.reptempo.sim;

import java.util.SplittableRandom;

/**
 * Plans a bottom with no pause: the concentric must leave the bottom with the same upward
 * acceleration the lowering arrived with, so acceleration stays continuous while velocity passes
 * through zero once. Both sides use quarter-sine ramps at the bottom, so matching acceleration means
 * matching peak speed divided by ramp time.
 */
final class TouchAndGo {

    /** Area lost by a quarter-sine ramp compared with a rectangle of the same length. */
    private static final double BOUNCE_DEFICIT = 1.0 - 2.0 / Math.PI;
    private static final double MIN_STOP_FRACTION = 0.06;
    private static final double MAX_STOP_FRACTION = 0.35;
    private static final double MIN_DRIVE_FRACTION = 0.15;
    private static final double MAX_DRIVE_FRACTION = 0.6;

    /** Shape and duration of the drive out of the bottom. */
    record Drive(Shape shape, double durationS) {
    }

    private final double riseM;
    private final double targetS;
    private final double driveUpFraction;
    private final double driveDownFraction;
    private final double lowerUpFraction;

    /** A bottom followed by a rise of {@code riseM} that should take about {@code targetS}. */
    TouchAndGo(SplittableRandom rng, double riseM, double targetS) {
        this.riseM = riseM;
        this.targetS = targetS;
        this.driveUpFraction = Draw.uniform(rng, 0.2, 0.45);
        this.driveDownFraction = Draw.uniform(rng, 0.3, 0.45);
        this.lowerUpFraction = Draw.uniform(rng, 0.2, 0.4);
    }

    /** Shape of the final lowering (depth and duration given) whose stop suits the planned drive. */
    Shape lowering(double depthM, double durationS) {
        Shape drive = new Shape(Ramp.BOUNCE, driveUpFraction, Ramp.SMOOTH, driveDownFraction);
        double drivePeak = riseM / (targetS * drive.meanSpeedRatio());
        double bottomRate = drivePeak / (driveUpFraction * targetS);
        double b = 1.0 - lowerUpFraction / 2.0;
        double stop = solve(b, depthM / (durationS * durationS * bottomRate), MAX_STOP_FRACTION);
        stop = clamp(stop, MIN_STOP_FRACTION, Math.min(MAX_STOP_FRACTION, 1.0 - lowerUpFraction));
        return new Shape(Ramp.SMOOTH, lowerUpFraction, Ramp.BOUNCE, stop);
    }

    /**
     * The drive matched to the lowering actually made: same ramp-down as planned, ramp-up and
     * duration solved so the bottom acceleration is continuous.
     */
    Drive drive(Movement lowering) {
        double bottomRate = Math.abs(lowering.peakVelocity())
                / (lowering.shape().downFraction() * lowering.durationS());
        double b = 1.0 - driveDownFraction / 2.0;
        double up = solve(b, riseM / (bottomRate * targetS * targetS), MAX_DRIVE_FRACTION);
        up = clamp(up, MIN_DRIVE_FRACTION, Math.min(MAX_DRIVE_FRACTION, 1.0 - driveDownFraction));
        Shape shape = new Shape(Ramp.BOUNCE, up, Ramp.SMOOTH, driveDownFraction);
        double durationS = Math.sqrt(riseM / (bottomRate * up * shape.meanSpeedRatio()));
        return new Drive(shape, durationS);
    }

    /**
     * Smallest root of rho * (b - BOUNCE_DEFICIT * rho) = k: the quarter-sine ramp fraction rho that
     * gives the required peak-speed-per-ramp-time; {@code fallback} when no root exists.
     */
    private static double solve(double b, double k, double fallback) {
        double disc = b * b - 4.0 * BOUNCE_DEFICIT * k;
        return disc >= 0 ? (b - Math.sqrt(disc)) / (2.0 * BOUNCE_DEFICIT) : fallback;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
