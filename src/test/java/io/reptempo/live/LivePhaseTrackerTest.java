package io.reptempo.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.accuracy.SimulatedAccuracy;
import io.reptempo.engine.TempoEngine;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.reps.PhaseKind;
import io.reptempo.sim.RepTruth;
import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SimulatedSet;
import io.reptempo.sim.SimulationOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Live phase announcements against the simulator's truth: every rep's eccentric and concentric
 * start is announced, and the signal-time delay from the true start to the announcement is small.
 */
class LivePhaseTrackerTest {

    /**
     * The target is a median delay under 150 ms; slow 4-7 s lowerings start so gently that
     * they are noticed later (measured about 175 ms), which the last row guards.
     */
    @ParameterizedTest
    @CsvSource({"bench-tempo, 0.15", "squat-touch-and-go, 0.15", "deadlift, 0.15", "reverse-hyper-gyro, 0.15",
        "eccentric-only-assisted, 0.25"})
    void announcesEveryPhaseSoonAfterItStarts(String id, double maxMedianDelayS) {
        List<Double> delays = new ArrayList<>();
        int missed = 0;
        int phases = 0;
        for (long seed = 3001; seed < 3011; seed++) {
            SimulatedSet set = SetSimulator.simulate(Scenario.fromId(id), seed, SimulationOptions.defaults());
            AnalysisSettings settings = SimulatedAccuracy.settingsFor(set.truth());
            List<LivePhaseTracker.PhaseEvent> starts = new ArrayList<>();
            TempoEngine engine = new TempoEngine(settings);
            engine.addListener(new LivePhaseTracker(settings.exercise(), e -> {
                if (e.start()) {
                    starts.add(e);
                }
            }));
            set.samples().forEach(engine::accept);
            engine.finish();
            for (RepTruth rep : set.truth().reps()) {
                for (double trueStart : new double[] {rep.eccentricStartS(), rep.concentricStartS()}) {
                    phases++;
                    LivePhaseTracker.PhaseEvent match = null;
                    for (LivePhaseTracker.PhaseEvent e : starts) {
                        if (Math.abs(e.tS() - trueStart) < 0.5
                                && (match == null || Math.abs(e.tS() - trueStart) < Math.abs(match.tS() - trueStart))) {
                            match = e;
                        }
                    }
                    if (match == null) {
                        missed++;
                    } else {
                        delays.add(match.emittedTS() - trueStart);
                    }
                }
            }
        }
        double[] d = delays.stream().mapToDouble(x -> x).sorted().toArray();
        double median = d[d.length / 2];
        double p90 = d[(int) (0.9 * (d.length - 1))];
        System.out.printf(Locale.ROOT, "%-20s phases %d announced %d missed %d; delay from true start: median %.3f s, "
                + "p90 %.3f s%n", id, phases, d.length, missed, median, p90);
        assertTrue(missed <= phases / 30, "missed " + missed + " of " + phases);
        assertTrue(median < maxMedianDelayS, "median delay " + median + " " + Arrays.toString(Arrays.copyOf(d, 5)));
    }

    /** A rough velocity (as measured without rests, at 12.5 Hz) that dips to nothing inside a lowering. */
    @Test
    void aDipInsideAMovementIsNotANewPhase() {
        List<LivePhaseTracker.PhaseEvent> events = new ArrayList<>();
        LivePhaseTracker tracker = new LivePhaseTracker(ExerciseProfile.preset("squat"), events::add);
        double[] velocity = {0, 0, 0, -0.1, -0.3, -0.5, -0.6, -0.02, -0.01, -0.4, -0.6, -0.5, -0.3, -0.1, 0, 0, 0,
            0, 0, 0, 0.2, 0.5, 0.6, 0.4, 0.1, 0, 0, 0, 0, 0};
        for (int i = 0; i < velocity.length; i++) {
            tracker.onProgress(i * 0.08, 0, velocity[i], false);
        }
        List<String> starts = events.stream().filter(LivePhaseTracker.PhaseEvent::start)
                .map(e -> e.kind().label()).toList();
        assertEquals(List.of("eccentric", "concentric"), starts, events.toString());
        LivePhaseTracker.PhaseEvent lastEnd = events.stream().filter(e -> !e.start()
                && e.kind() == PhaseKind.ECCENTRIC).reduce((a, b) -> b).orElseThrow();
        assertTrue(lastEnd.tS() > 13 * 0.08, "the lowering ends after the dip, at " + lastEnd.tS() + " " + events);
    }
}
