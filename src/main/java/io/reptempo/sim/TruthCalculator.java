package io.reptempo.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Derives the ground truth from a plan using the engine's convention: a movement starts and ends
 * where its speed crosses 5 % of its own peak speed. The movements' velocity profiles are known in
 * closed form, so the crossings are exact rather than found on a grid.
 */
final class TruthCalculator {

    /** Fraction of a movement's peak speed that marks its start and end. */
    static final double THRESHOLD_FRACTION = 0.05;

    private TruthCalculator() {
    }

    static SetTruth compute(SetPlan plan, String scenario, String variant, long seed, boolean hasGyro,
                            double rateHz) {
        SetDescription d = plan.description();
        boolean bar = d.mount() == Mount.BAR;
        int n = plan.reps().size();
        double[] eccStart = filled(n, Double.POSITIVE_INFINITY);
        double[] eccEnd = filled(n, Double.NEGATIVE_INFINITY);
        double[] conStart = filled(n, Double.POSITIVE_INFINITY);
        double[] conEnd = filled(n, Double.NEGATIVE_INFINITY);
        double[] lowest = filled(n, Double.POSITIVE_INFINITY);
        double[] highest = filled(n, Double.NEGATIVE_INFINITY);
        double[] peak = new double[n + 1];
        List<ShorteningTruth> shortening = new ArrayList<>();
        boolean everyReturnUnwanted = d.mode() == SetMode.ECCENTRIC_ONLY && !d.assistedReturn();
        for (PlannedMovement pm : plan.movements()) {
            if (!pm.vertical() || pm.rep() == 0) {
                continue;
            }
            Movement m = pm.movement();
            int r = pm.rep();
            double start = m.thresholdStartS(THRESHOLD_FRACTION);
            double end = m.thresholdEndS(THRESHOLD_FRACTION);
            lowest[r] = Math.min(lowest[r], Math.min(m.from(), m.to()));
            highest[r] = Math.max(highest[r], Math.max(m.from(), m.to()));
            switch (pm.role()) {
                case ECCENTRIC -> {
                    eccStart[r] = Math.min(eccStart[r], start);
                    eccEnd[r] = Math.max(eccEnd[r], end);
                }
                case CONCENTRIC -> {
                    conStart[r] = Math.min(conStart[r], start);
                    conEnd[r] = Math.max(conEnd[r], end);
                    peak[r] = Math.max(peak[r], Math.abs(m.peakVelocity()));
                    if (everyReturnUnwanted) {
                        shortening.add(new ShorteningTruth(r, time(start), time(end), length(Math.abs(m.displacement()), bar)));
                    }
                }
                case SHORTENING -> shortening.add(
                        new ShorteningTruth(r, time(start), time(end), length(Math.abs(m.displacement()), bar)));
                default -> {
                }
            }
        }
        List<RepTruth> reps = new ArrayList<>();
        for (PlannedRep rep : plan.reps()) {
            int i = rep.index();
            double start = Math.min(eccStart[i], conStart[i]);
            double end = Math.max(eccEnd[i], conEnd[i]);
            boolean nextInSet = i < n && plan.reps().get(i).set() == rep.set();
            double nextStart = nextInSet ? Math.min(eccStart[i + 1], conStart[i + 1]) : Double.NaN;
            Double pauseAfterEcc;
            Double pauseAfterCon;
            if (d.first() == PhaseOrder.ECCENTRIC_FIRST) {
                pauseAfterEcc = time(conStart[i] - eccEnd[i]);
                pauseAfterCon = nextInSet ? time(nextStart - conEnd[i]) : null;
            } else {
                pauseAfterCon = time(eccStart[i] - conEnd[i]);
                pauseAfterEcc = nextInSet ? time(nextStart - eccEnd[i]) : null;
            }
            double conS = conEnd[i] - conStart[i];
            double displacement = plan.vertical().position(conEnd[i]) - plan.vertical().position(conStart[i]);
            reps.add(new RepTruth(i, time(start), time(end), time(eccStart[i]), time(eccEnd[i]),
                    time(conStart[i]), time(conEnd[i]), time(eccEnd[i] - eccStart[i]), pauseAfterEcc,
                    time(conS), pauseAfterCon, length(highest[i] - lowest[i], bar),
                    velocity(displacement / conS), velocity(peak[i]), rep.partial()));
        }
        shortening.sort(Comparator.comparingDouble(ShorteningTruth::startS));
        return new SetTruth(scenario, variant, seed, d.exercise(), d.mount(), "up", d.first(), d.mode(),
                d.assistedReturn(), hasGyro, rateHz, reps, shortening, nonReps(plan));
    }

    private static List<NonRepTruth> nonReps(SetPlan plan) {
        int count = plan.nonReps().size();
        double[] start = filled(count - 1, Double.POSITIVE_INFINITY);
        double[] end = filled(count - 1, Double.NEGATIVE_INFINITY);
        for (PlannedMovement pm : plan.movements()) {
            int k = pm.nonRep();
            if (k >= 0) {
                start[k] = Math.min(start[k], pm.movement().thresholdStartS(THRESHOLD_FRACTION));
                end[k] = Math.max(end[k], pm.movement().thresholdEndS(THRESHOLD_FRACTION));
            }
        }
        List<NonRepTruth> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            out.add(new NonRepTruth(plan.nonReps().get(k), time(start[k]), time(end[k])));
        }
        return out;
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n + 1];
        Arrays.fill(a, value);
        return a;
    }

    /** Microseconds: the resolution of the recording's timestamps. */
    private static double time(double s) {
        return Math.rint(s * 1e6) / 1e6;
    }

    /** 0.01 mm or 0.001 deg. */
    private static double length(double v, boolean bar) {
        return bar ? Math.rint(v * 1e5) / 1e5 : Math.rint(v * 1e3) / 1e3;
    }

    private static double velocity(double v) {
        return Math.rint(v * 1e5) / 1e5;
    }
}
