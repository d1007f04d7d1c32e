package io.reptempo.phases;

/**
 * A stretch of motion in one direction, bounded where speed crosses 5 % of its own peak speed.
 * Positions are metres (bar) or degrees (limb); speeds per second of the same unit.
 */
public record Movement(Direction direction, double startS, double endS,
                       double startPosition, double endPosition,
                       double peakSpeed, double peakTimeS) {

    public double durationS() {
        return endS - startS;
    }

    /** Signed change of position. */
    public double displacement() {
        return endPosition - startPosition;
    }

    public double distance() {
        return Math.abs(endPosition - startPosition);
    }
}
