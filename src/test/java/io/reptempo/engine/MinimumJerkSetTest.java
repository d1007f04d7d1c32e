package io.reptempo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import io.reptempo.sensor.Sample;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A noise-free bench set built from minimum-jerk strokes, whose 5 % boundaries are known in closed
 * form, checks the whole chain's timing and distance arithmetic without the simulator.
 */
class MinimumJerkSetTest {
    /** Minimum-jerk speed is 5 % of its peak at this share of the stroke from either end. */
    private static final double ONSET_SHARE = 0.0593;

    @Test
    void timesEachPhaseOfAnIdealBenchSet() {
        double rate = 200;
        double[] rot = MinimumJerkSetTestSupport.rotation(0.7, -1.1, 2.3);
        List<double[]> plan = new ArrayList<>(); // {duration, distance} segments; distance 0 = hold
        plan.add(new double[] {1.5, 0});
        for (int r = 0; r < 3; r++) {
            plan.add(new double[] {2.0, -0.40});
            plan.add(new double[] {1.0, 0});
            plan.add(new double[] {1.0, 0.40});
            plan.add(new double[] {1.0, 0});
        }
        plan.add(new double[] {1.0, 0});
        TempoEngine engine = new TempoEngine(AnalysisSettings.defaults(ExerciseProfile.preset("bench-press")));
        double t0 = 0;
        for (double[] seg : plan) {
            int n = (int) Math.round(seg[0] * rate);
            for (int i = 0; i < n; i++) {
                double tau = (double) i / n;
                double acc = seg[1] / (seg[0] * seg[0]) * (60 * tau - 180 * tau * tau + 120 * tau * tau * tau);
                double[] f = {0, 0, 9.80665 + acc};
                double[] b = MinimumJerkSetTestSupport.multiplyTransposed(rot, f);
                engine.accept(Sample.accel(t0 + i / rate, b[0], b[1], b[2]));
            }
            t0 += n / rate;
        }
        engine.finish();
        SetResult result = engine.result();
        assertEquals(3, result.reps().size(), "rep count");
        for (Rep rep : result.reps()) {
            assertEquals(2.0 * (1 - 2 * ONSET_SHARE), rep.eccentricS(), 0.02, "eccentric");
            assertEquals(1.0 * (1 - 2 * ONSET_SHARE), rep.concentricS(), 0.02, "concentric");
            assertEquals(1.0 + 2 * ONSET_SHARE * 1.5, rep.pauseAfterEccentricS(), 0.02, "pause");
            assertEquals(0.40, rep.rom(), 0.01, "rom");
            assertEquals(0.40 / (1 - 2 * ONSET_SHARE), rep.meanConcentricVelocity(), 0.01, "mcv");
        }
    }
}
