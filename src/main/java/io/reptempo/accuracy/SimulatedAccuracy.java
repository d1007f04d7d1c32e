package io.reptempo.accuracy;

import io.reptempo.engine.TempoEngine;
import io.reptempo.phases.Direction;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.reps.Mount;
import io.reptempo.reps.TrainingMode;
import io.reptempo.sim.PhaseOrder;
import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetMode;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SetTruth;
import io.reptempo.sim.SimulationOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs the engine over many simulated sets of one scenario and summarises its accuracy against
 * the simulator's truth: the figures behind the accuracy tests and {@code reptempo accuracy}.
 */
public final class SimulatedAccuracy {

    /** Accuracy of one scenario over many seeds. */
    public record Summary(String scenario, int sets, int exactCounts, double medianPhaseErrorS,
                          double worstPhaseErrorS, double worstRomError, String romUnit, double worstVelocityErrorMps,
                          int truthShortenings, int missedShortenings, int inventedShortenings,
                          double worstShorteningStartErrorS, List<SetComparison> sets_) {

        public String line() {
            return String.format(Locale.ROOT,
                    "%-26s sets %3d  exact count %3d  phase err median %.3f s worst %6.3f s  ROM worst %5.3f %s  "
                            + "MCV worst %5.3f %s  shortenings %d missed %d invented %d (start err <= %.2f s)",
                    scenario, sets, exactCounts, medianPhaseErrorS, worstPhaseErrorS, worstRomError, romUnit,
                    worstVelocityErrorMps, romUnit.equals("m") ? "m/s" : "deg/s", truthShortenings, missedShortenings,
                    inventedShortenings,
                    worstShorteningStartErrorS);
        }
    }

    private SimulatedAccuracy() {
    }

    /** The analysis settings a user would give for this simulated set. */
    public static AnalysisSettings settingsFor(SetTruth truth) {
        ExerciseProfile preset = ExerciseProfile.preset(truth.exercise());
        ExerciseProfile profile = new ExerciseProfile(truth.exercise(),
                truth.mount() == io.reptempo.sim.Mount.BAR ? Mount.BAR : Mount.LIMB,
                "down".equals(truth.concentric()) ? Direction.DOWN : Direction.UP,
                truth.first() == PhaseOrder.ECCENTRIC_FIRST);
        if (preset != null && !preset.equals(profile)) {
            throw new IllegalStateException("simulated " + truth.exercise() + " disagrees with the preset: "
                    + profile + " vs " + preset);
        }
        TrainingMode mode = truth.mode() == SetMode.ECCENTRIC_ONLY ? TrainingMode.ECCENTRIC_ONLY : TrainingMode.NORMAL;
        return AnalysisSettings.defaults(profile).withMode(mode, truth.assistedReturn());
    }

    public static SetComparison runOne(Scenario scenario, long seed, SimulationOptions options) {
        var set = SetSimulator.simulate(scenario, seed, options);
        TempoEngine engine = new TempoEngine(settingsFor(set.truth()));
        set.samples().forEach(engine::accept);
        engine.finish();
        return SetComparison.compare(scenario.id() + "#" + seed, set.truth(), engine.result());
    }

    public static Summary run(Scenario scenario, long firstSeed, int sets, SimulationOptions options) {
        List<SetComparison> all = new ArrayList<>();
        for (int i = 0; i < sets; i++) {
            all.add(runOne(scenario, firstSeed + i, options));
        }
        List<Double> phase = new ArrayList<>();
        double worstRom = 0;
        double worstVel = 0;
        int truthShort = 0;
        int missed = 0;
        int invented = 0;
        double worstShort = 0;
        int exact = 0;
        String unit = "m";
        for (SetComparison c : all) {
            exact += c.countExact() ? 1 : 0;
            phase.addAll(c.phaseErrorsS());
            worstRom = Math.max(worstRom, c.romErrors().stream().mapToDouble(d -> d).max().orElse(0));
            worstVel = Math.max(worstVel, c.velocityErrors().stream().mapToDouble(d -> d).max().orElse(0));
            truthShort += c.truthShortenings();
            missed += c.missedShortenings();
            invented += c.inventedShortenings();
            worstShort = Math.max(worstShort, c.worstShorteningStartErrorS());
        }
        if (scenario.id().contains("hyper") || scenario.id().contains("curl")) {
            unit = "deg";
        }
        double[] errs = phase.stream().mapToDouble(d -> d).sorted().toArray();
        double median = errs.length == 0 ? Double.NaN : errs[errs.length / 2];
        double worst = errs.length == 0 ? Double.NaN : errs[errs.length - 1];
        return new Summary(scenario.id(), sets, exact, median, worst, worstRom, unit, worstVel, truthShort, missed,
                invented, worstShort, all);
    }

    /** Scenarios with a fixed kind (mixed-random repeats the others). */
    public static List<Scenario> kinds() {
        return Arrays.stream(Scenario.values()).filter(s -> s != Scenario.MIXED_RANDOM).toList();
    }
}
