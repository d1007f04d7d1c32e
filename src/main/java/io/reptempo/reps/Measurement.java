package io.reptempo.reps;

/**
 * How the positions a set's reps are built from were measured, and so how far they can be
 * trusted: the rules that judge reps (when a return has come home, which range sets the
 * standard, how a rep's range is read) depend on it.
 */
public enum Measurement {
    /**
     * A bar sensor that rests between reps: drift is taken out at every rest. Without a rest at
     * the top a return must undo 90 % of the first stroke, since a push back up inside a lowering
     * gives back up to 80 %; partial reps go down to about 55 % of a full one, so a full rep up to
     * twice the median still sets the standard; a rep's range comes from both strokes, weighted
     * by their expected drift.
     */
    BAR_FROM_RESTS(RepAssembler.BAR_FULL_HOME_FRACTION, 2.0, true),
    /**
     * A bar sensor that is never still (worn on the wrist): drift is taken out over each rep's
     * length, so ranges are rougher and do not drift with a stroke's duration; one overestimate
     * must not set the standard.
     */
    BAR_WITHOUT_RESTS(RepAssembler.HOME_FRACTION, 1.5, false),
    /** Joint angles of a limb, which drift far less than a bar's height. */
    LIMB(RepAssembler.HOME_FRACTION, 1.5, false);

    private final double fullHomeFraction;
    private final double outlierRomFactor;
    private final boolean rangeFromBothStrokes;

    Measurement(double fullHomeFraction, double outlierRomFactor, boolean rangeFromBothStrokes) {
        this.fullHomeFraction = fullHomeFraction;
        this.outlierRomFactor = outlierRomFactor;
        this.rangeFromBothStrokes = rangeFromBothStrokes;
    }

    /** The measurement a sensor on this mount gives when it rests between reps. */
    public static Measurement usual(Mount mount) {
        return mount == Mount.BAR ? BAR_FROM_RESTS : LIMB;
    }

    /** A return that undid this share of the first stroke ends the rep even without a rest at the top. */
    public double fullHomeFraction() {
        return fullHomeFraction;
    }

    /** A rep this many times the typical (median) range does not set the standard for the others. */
    public double outlierRomFactor() {
        return outlierRomFactor;
    }

    /** A candidate's range of motion as this measurement can best read it. */
    public double rangeOf(RepCandidate c) {
        return rangeFromBothStrokes ? RepRange.of(c) : c.rangeOfMotion();
    }
}
