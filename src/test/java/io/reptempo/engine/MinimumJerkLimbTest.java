package io.reptempo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import io.reptempo.sensor.Sample;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A noise-free reverse hyperextension (leg swinging up about the hip) from minimum-jerk strokes,
 * with the sensor strapped at an odd angle: checks the limb angle, its sign and the phase timing,
 * with and without a gyroscope.
 */
class MinimumJerkLimbTest {
    private static final double ONSET_SHARE = 0.0593;
    private static final double G = 9.80665;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void timesALegRaisedAndLowered(boolean gyro) {
        double rate = 200;
        double radius = 0.85;
        double[] mountRot = MinimumJerkSetTestSupport.rotation(0.4, 1.9, -0.8);
        List<double[]> plan = new ArrayList<>(); // {duration, angle change in degrees}
        plan.add(new double[] {1.5, 0});
        for (int r = 0; r < 3; r++) {
            plan.add(new double[] {1.0, 80});
            plan.add(new double[] {1.0, 0});
            plan.add(new double[] {2.5, -80});
            plan.add(new double[] {1.0, 0});
        }
        TempoEngine engine = new TempoEngine(AnalysisSettings.defaults(ExerciseProfile.preset("reverse-hyper")));
        double t0 = 0;
        double theta0 = 0;
        for (double[] seg : plan) {
            int n = (int) Math.round(seg[0] * rate);
            double d = Math.toRadians(seg[1]);
            double tt = seg[0];
            for (int i = 0; i < n; i++) {
                double tau = (double) i / n;
                double th = theta0 + d * (10 * Math.pow(tau, 3) - 15 * Math.pow(tau, 4) + 6 * Math.pow(tau, 5));
                double w = d / tt * (30 * tau * tau - 60 * Math.pow(tau, 3) + 30 * Math.pow(tau, 4));
                double al = d / (tt * tt) * (60 * tau - 180 * tau * tau + 120 * Math.pow(tau, 3));
                double[] fw = {radius * (al * Math.cos(th) - w * w * Math.sin(th)), 0,
                    radius * (al * Math.sin(th) + w * w * Math.cos(th)) + G};
                // Into the segment frame (R_y(-theta) transposed), then into the sensor frame.
                double c = Math.cos(-th);
                double s = Math.sin(-th);
                double[] fs = {c * fw[0] - s * fw[2], fw[1], s * fw[0] + c * fw[2]};
                double[] fb = MinimumJerkSetTestSupport.multiplyTransposed(mountRot, fs);
                double[] wb = MinimumJerkSetTestSupport.multiplyTransposed(mountRot, new double[] {0, -w, 0});
                double t = t0 + i / rate;
                engine.accept(gyro ? new Sample(t, fb[0], fb[1], fb[2], wb[0], wb[1], wb[2])
                        : Sample.accel(t, fb[0], fb[1], fb[2]));
            }
            t0 += n / rate;
            theta0 += d;
        }
        engine.finish();
        SetResult result = engine.result();
        assertEquals(3, result.reps().size(), "rep count");
        for (Rep rep : result.reps()) {
            assertEquals(80, rep.rom(), 2.0, "rom");
            if (!gyro) {
                // Accelerometer only: centripetal and tangential acceleration blur the phase
                // boundaries of fast strokes (here up to 2.6 rad/s at 0.85 m); only the range is tight.
                assertEquals(1.0 * (1 - 2 * ONSET_SHARE), rep.concentricS(), 0.4, "concentric");
                continue;
            }
            assertEquals(1.0 * (1 - 2 * ONSET_SHARE), rep.concentricS(), 0.04, "concentric");
            assertEquals(2.5 * (1 - 2 * ONSET_SHARE), rep.eccentricS(), 0.06, "eccentric");
            assertEquals(1.0 + ONSET_SHARE * 3.5, rep.pauseAfterConcentricS(), 0.06, "pause at the top");
        }
    }
}
