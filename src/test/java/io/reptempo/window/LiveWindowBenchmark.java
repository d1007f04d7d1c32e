package io.reptempo.window;

import io.reptempo.live.LiveSession;
import io.reptempo.live.PacedSink;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.reps.TempoPrescription;
import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SimulationOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.swing.SwingUtilities;

/**
 * Not a unit test: frames per second the live window reaches while 1 kHz samples (with gyroscope)
 * stream in at real time, and what each sample costs the reader thread with the window open and
 * without it; then the reader's throughput with no pacing at all. Needs a display; run after
 * {@code mvn package} with
 * {@code xvfb-run -a java -cp target/test-classes:target/reptempo.jar io.reptempo.window.LiveWindowBenchmark [seconds]}.
 */
public final class LiveWindowBenchmark {
    private LiveWindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 30;
        AnalysisSettings settings = AnalysisSettings.defaults(ExerciseProfile.preset("bench-press"))
                .withTarget(TempoPrescription.parse("3-1-1-0"));
        List<Sample> samples = SetSimulator.simulate(Scenario.BENCH_TEMPO, 11, SimulationOptions.defaults()
                .withRateHz(1000).withGyro(true).withMinDurationS(seconds)).samples();
        double span = samples.get(samples.size() - 1).t() - samples.get(0).t();
        System.out.printf(Locale.ROOT, "%d samples over %.1f s (1 kHz with gyroscope)%n", samples.size(), span);

        run(samples, settings, false, 0); // warm-up: compiled code for both measured passes
        Run closed = run(samples, settings, false, 1);
        Run open = run(samples, settings, true, 1);
        System.out.printf(Locale.ROOT, "real time, window open:   %.1f frames/s; per sample on the reader thread %s%n",
                open.framesPerSecond, open.perSample());
        System.out.printf(Locale.ROOT, "real time, no window:     per sample on the reader thread %s%n",
                closed.perSample());
        Run fastClosed = run(samples, settings, false, 0);
        Run fastOpen = run(samples, settings, true, 0);
        System.out.printf(Locale.ROOT, "unpaced, window open:     %.0f samples/s, %.1f frames/s%n",
                fastOpen.samplesPerSecond, fastOpen.framesPerSecond);
        System.out.printf(Locale.ROOT, "unpaced, no window:       %.0f samples/s%n", fastClosed.samplesPerSecond);
        System.exit(0);
    }

    /** What one pass cost. */
    private record Run(long[] nanos, double framesPerSecond, double samplesPerSecond) {
        String perSample() {
            long[] s = nanos.clone();
            Arrays.sort(s);
            double mean = Arrays.stream(s).average().orElse(0);
            return String.format(Locale.ROOT, "mean %.1f us, p50 %.1f us, p99 %.1f us, p99.9 %.1f us, max %.2f ms",
                    mean / 1e3, s[s.length / 2] / 1e3, s[(int) (0.99 * (s.length - 1))] / 1e3,
                    s[(int) (0.999 * (s.length - 1))] / 1e3, s[s.length - 1] / 1e6);
        }
    }

    private static Run run(List<Sample> samples, AnalysisSettings settings, boolean window, double speed)
            throws Exception {
        LiveWindow w = window ? LiveWindow.open(settings, "benchmark", () -> { }) : null;
        LiveSession session = new LiveSession(settings, w == null ? e -> { } : w.events(), null);
        if (w != null) {
            w.attach(session);
            Thread.sleep(500); // the window on screen before the clock starts
        }
        long[] nanos = new long[samples.size()];
        int[] i = {0};
        // The reader thread's own work per sample: the session (engine, events, window buffers), not the pacing.
        SampleSink timed = new SampleSink() {
            @Override
            public void accept(Sample s) {
                long t0 = System.nanoTime();
                session.accept(s);
                nanos[i[0]++] = System.nanoTime() - t0;
            }
        };
        long frames0 = w == null ? 0 : frames(w);
        long start = System.nanoTime();
        SampleSink paced = new PacedSink(timed, speed);
        samples.forEach(paced::accept);
        double wall = (System.nanoTime() - start) / 1e9;
        long frames = w == null ? 0 : frames(w) - frames0;
        session.finish();
        if (w != null) {
            w.close();
            Thread.sleep(200);
        }
        return new Run(nanos, frames / wall, samples.size() / wall);
    }

    private static long frames(LiveWindow w) throws Exception {
        long[] out = new long[1];
        SwingUtilities.invokeAndWait(() -> out[0] = w.framesPainted());
        return out[0];
    }
}
