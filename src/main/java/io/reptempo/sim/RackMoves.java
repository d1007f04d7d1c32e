package io.reptempo.sim;

import java.util.SplittableRandom;

/** Taking the bar out of the rack and putting it back: the non-rep movements around a barbell set. */
final class RackMoves {

    private RackMoves() {
    }

    /** Bench: lift off the hooks 3-8 cm, then carry 20-30 cm horizontally over the chest. */
    static void unrack(PlanBuilder b, SplittableRandom rng) {
        b.beginNonRep(NonRepKind.UNRACK);
        double start = b.now();
        double liftS = Draw.uniform(rng, 0.5, 0.9);
        b.addVertical(start, Draw.uniform(rng, 0.03, 0.08), liftS, RepMoves.drive(rng), MovementRole.NON_REP);
        b.addHorizontal(start + liftS * Draw.uniform(rng, 0.5, 0.8), Draw.uniform(rng, 0.20, 0.30),
                Draw.uniform(rng, 0.7, 1.3), RepMoves.drive(rng), MovementRole.NON_REP);
        b.settle();
        b.endNonRep();
    }

    /** Bench: carry back over the hooks, then lower 3-6 cm onto them. */
    static void rerack(PlanBuilder b, SplittableRandom rng) {
        b.beginNonRep(NonRepKind.RERACK);
        double start = b.now();
        double carryS = Draw.uniform(rng, 0.7, 1.3);
        b.addHorizontal(start, -b.horizontalPosition() + Draw.uniform(rng, -0.01, 0.01), carryS,
                RepMoves.drive(rng), MovementRole.NON_REP);
        b.addVertical(start + carryS * Draw.uniform(rng, 0.6, 0.85), -Draw.uniform(rng, 0.03, 0.06),
                Draw.uniform(rng, 0.4, 0.8), RepMoves.drive(rng), MovementRole.NON_REP);
        b.settle();
        b.endNonRep();
    }

    /** Bench: a small shuffle of the bar before the first rep (grip or position adjustment). */
    static void adjust(PlanBuilder b, SplittableRandom rng) {
        b.beginNonRep(NonRepKind.ADJUST);
        double start = b.now();
        double durationS = Draw.uniform(rng, 0.5, 0.9);
        double dip = Draw.uniform(rng, 0.01, 0.02);
        b.addHorizontal(start, Draw.sign(rng) * Draw.uniform(rng, 0.02, 0.05), durationS,
                RepMoves.drive(rng), MovementRole.NON_REP);
        b.addVertical(start, -dip, durationS / 2, Shape.smooth(0.5), MovementRole.NON_REP);
        b.addVertical(start + durationS / 2, dip, durationS / 2, Shape.smooth(0.5), MovementRole.NON_REP);
        b.settle();
        b.endNonRep();
    }

    /** Squat: stand the bar up 4-8 cm out of the hooks, then 2-4 steps back. */
    static void walkout(PlanBuilder b, SplittableRandom rng) {
        b.beginNonRep(NonRepKind.WALKOUT);
        b.moveVertical(Draw.uniform(rng, 0.04, 0.08), Draw.uniform(rng, 0.6, 1.0), RepMoves.drive(rng),
                MovementRole.NON_REP);
        b.still(Draw.uniform(rng, 0.5, 1.5));
        steps(b, rng, -Draw.uniform(rng, 0.4, 0.8));
        b.endNonRep();
    }

    /** Squat: 2-4 steps forward back to the rack, then lower the bar 4-8 cm onto the hooks. */
    static void walkInAndRerack(PlanBuilder b, SplittableRandom rng) {
        b.beginNonRep(NonRepKind.RERACK);
        steps(b, rng, -b.horizontalPosition());
        b.still(Draw.uniform(rng, 0.3, 0.8));
        b.moveVertical(-Draw.uniform(rng, 0.04, 0.08), Draw.uniform(rng, 0.5, 0.9), RepMoves.drive(rng),
                MovementRole.NON_REP);
        b.endNonRep();
    }

    /** Steps covering {@code totalM} horizontally; each step bobs the bar down 1-2 cm and back up. */
    private static void steps(PlanBuilder b, SplittableRandom rng, double totalM) {
        int count = Draw.between(rng, 2, 4);
        double[] weights = new double[count];
        double sum = 0.0;
        for (int i = 0; i < count; i++) {
            weights[i] = Draw.uniform(rng, 0.7, 1.3);
            sum += weights[i];
        }
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                b.still(Draw.uniform(rng, 0.2, 0.6));
            }
            double start = b.now();
            double stepS = Draw.uniform(rng, 0.5, 0.9);
            double bob = Draw.uniform(rng, 0.01, 0.02);
            b.addHorizontal(start, totalM * weights[i] / sum, stepS, RepMoves.drive(rng), MovementRole.NON_REP);
            b.addVertical(start, -bob, stepS / 2, Shape.smooth(0.5), MovementRole.NON_REP);
            b.addVertical(start + stepS / 2, bob, stepS / 2, Shape.smooth(0.5), MovementRole.NON_REP);
            b.settle();
        }
    }
}
