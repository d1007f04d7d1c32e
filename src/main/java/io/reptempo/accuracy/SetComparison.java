package io.reptempo.accuracy;

import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import io.reptempo.reps.Shortening;
import io.reptempo.sim.RepTruth;
import io.reptempo.sim.SetTruth;
import io.reptempo.sim.ShorteningTruth;
import java.util.ArrayList;
import java.util.List;

/**
 * How one analysed set compares with its ground truth: rep count, and when the counts agree the
 * per-phase duration errors, ROM and velocity errors, and shortening detections.
 */
public record SetComparison(String label, int truthReps, int foundReps, List<Double> phaseErrorsS,
                            List<Double> romErrors, List<Double> velocityErrors,
                            int truthShortenings, int missedShortenings, int inventedShortenings,
                            double worstShorteningStartErrorS) {

    /** A shortening counts as found when its start is within this of the truth's. */
    public static final double SHORTENING_START_TOLERANCE_S = 0.4;

    public boolean countExact() {
        return truthReps == foundReps;
    }

    public static SetComparison compare(String label, SetTruth truth, SetResult result) {
        List<Double> phase = new ArrayList<>();
        List<Double> rom = new ArrayList<>();
        List<Double> vel = new ArrayList<>();
        List<RepTruth> want = truth.reps();
        List<Rep> got = result.reps();
        if (want.size() == got.size()) {
            for (int i = 0; i < want.size(); i++) {
                RepTruth w = want.get(i);
                Rep g = got.get(i);
                addError(phase, w.eccentricS(), g.eccentricS());
                addError(phase, w.pauseAfterEccentricS(), g.pauseAfterEccentricS());
                addError(phase, w.concentricS(), g.concentricS());
                addError(phase, w.pauseAfterConcentricS(), g.pauseAfterConcentricS());
                rom.add(Math.abs(w.rom() - g.rom()));
                if (g.meanConcentricVelocity() != null && !truth.assistedReturn()) {
                    vel.add(Math.abs(w.meanConcentricVelocity() - g.meanConcentricVelocity()));
                }
            }
        }
        List<Shortening> found = new ArrayList<>(result.shortenings());
        int missed = 0;
        double worst = 0;
        for (ShorteningTruth s : truth.shortening()) {
            Shortening match = null;
            for (Shortening f : found) {
                if (Math.abs(f.startS() - s.startS()) <= SHORTENING_START_TOLERANCE_S
                        && (match == null || Math.abs(f.startS() - s.startS()) < Math.abs(match.startS() - s.startS()))) {
                    match = f;
                }
            }
            if (match == null) {
                missed++;
            } else {
                worst = Math.max(worst, Math.abs(match.startS() - s.startS()));
                found.remove(match);
            }
        }
        return new SetComparison(label, want.size(), got.size(), phase, rom, vel, truth.shortening().size(), missed,
                found.size(), worst);
    }

    /** Compares a phase both sides have; a phase only one side has counts as an infinite error. */
    private static void addError(List<Double> errors, Double want, Double got) {
        if (want == null && got == null) {
            return;
        }
        if (want == null || got == null) {
            errors.add(Double.POSITIVE_INFINITY);
            return;
        }
        errors.add(Math.abs(want - got));
    }
}
