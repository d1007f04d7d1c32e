package io.reptempo.sim;

import java.util.SplittableRandom;

/**
 * Eccentric-only bench: slow lowering, pause on the chest, the bar returns up either with a
 * spotter's help or (unassisted) pushed by the lifter, who sometimes also pushes back mid-lowering.
 */
final class EccentricOnlyPlanner implements SetPlanner {

    private final SetDescription description;
    private final double romM;
    private final double pathRatio;

    EccentricOnlyPlanner(SplittableRandom rng, boolean assisted) {
        this.description = new SetDescription("bench-press", Mount.BAR, PhaseOrder.ECCENTRIC_FIRST,
                SetMode.ECCENTRIC_ONLY, assisted, null);
        this.romM = Draw.uniform(rng, 0.35, 0.50);
        this.pathRatio = Draw.uniform(rng, 0.06, 0.18);
    }

    @Override
    public SetDescription description() {
        return description;
    }

    @Override
    public void appendSet(PlanBuilder b, SplittableRandom rng) {
        boolean assisted = description.assistedReturn();
        b.setPathRatio(pathRatio);
        b.still(Draw.uniform(rng, 1.0, 2.5));
        b.beginActive();
        RackMoves.unrack(b, rng);
        b.still(Draw.uniform(rng, 1.0, 3.0));
        int n = Draw.between(rng, 3, 10);
        boolean[] shortened = assisted ? new boolean[n + 1] : pushBacks(rng, n);
        double[] rom = RepMoves.ranges(rng, romM, 0.02, new boolean[n + 1]);
        for (int i = 1; i <= n; i++) {
            b.beginRep(false);
            double topM = b.height();
            Shortening shortening = shortened[i] ? Shortening.draw(rng, rom[i]) : null;
            Shape slow = Shape.smooth(Draw.uniform(rng, 0.15, 0.3), Draw.uniform(rng, 0.15, 0.3));
            // A lowering with a push back keeps 4-7 s in total: the lifter is told to take that long.
            double lowerS = Draw.uniform(rng, 4.0, 7.0);
            if (shortening != null) {
                lowerS = Math.max(2.5, lowerS - shortening.durationS() - shortening.holdBeforeS()
                        - shortening.holdAfterS()) * rom[i] / (rom[i] + shortening.sizeM());
            }
            RepMoves.lower(b, rng, rom[i], lowerS, slow, shortening);
            b.still(Draw.uniform(rng, 0.5, 2.0));
            double returnS = assisted ? Draw.uniform(rng, 1.0, 3.0) : Draw.uniform(rng, 0.8, 2.5);
            b.moveRep(topM - b.height(), returnS, RepMoves.drive(rng), MovementRole.CONCENTRIC);
            b.endRep();
            if (i < n) {
                b.still(Draw.uniform(rng, 1.0, 3.0));
            }
        }
        b.still(Draw.uniform(rng, 0.5, 1.5));
        RackMoves.rerack(b, rng);
        b.endActive();
        b.still(Draw.uniform(rng, 1.5, 3.0));
    }

    /** About half the lowerings get a push back up; at least one so the scenario always shows it. */
    private static boolean[] pushBacks(SplittableRandom rng, int n) {
        boolean[] mask = new boolean[n + 1];
        boolean any = false;
        for (int i = 1; i <= n; i++) {
            mask[i] = Draw.chance(rng, 0.5);
            any |= mask[i];
        }
        if (!any) {
            mask[Draw.between(rng, 1, n)] = true;
        }
        return mask;
    }
}
