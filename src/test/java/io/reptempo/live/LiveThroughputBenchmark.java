package io.reptempo.live;

import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SimulationOptions;
import io.reptempo.sim.SimulationRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sustained live throughput (not a unit test; run its main): the emulator streams simulated sets at 1 kHz with
 * gyroscope in binary frames, in real time, through a socat pseudo-terminal pair into a {@link SerialLink} and a
 * {@link LiveSession}, for a given time (default 600 s). Prints, every interval and at the end: samples sent and
 * received, in flight, lost, CRC errors, sequence gaps, and the backlog as reading lag (sample time of the newest
 * sample sent minus that of the newest sample the session has taken, in ms: real time at 1x). A stream that keeps
 * up shows no loss and a lag that does not grow.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) io.reptempo.live.LiveThroughputBenchmark 600 30</pre>
 */
public final class LiveThroughputBenchmark {
    private static final double RATE_HZ = 1000;

    private LiveThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 600;
        double everyS = args.length > 1 ? Double.parseDouble(args[1]) : 30;
        AtomicLong sent = new AtomicLong();
        AtomicLong received = new AtomicLong();
        AtomicLong events = new AtomicLong();
        double[] newestSent = {Double.NaN};
        double[] newestReceived = {Double.NaN};
        List<String> statuses = new ArrayList<>();

        try (SocatPair pair = SocatPair.start()) {
            LiveSession session = new LiveSession(AnalysisSettings.defaults(ExerciseProfile.preset("squat")),
                    e -> events.incrementAndGet(), null);
            SampleSink counting = new SampleSink() {
                @Override
                public void accept(Sample s) {
                    session.accept(s);
                    synchronized (newestReceived) {
                        newestReceived[0] = s.t();
                    }
                    received.incrementAndGet();
                }

                @Override
                public void finish() {
                    session.finish();
                }
            };
            SerialLink link = new SerialLink(pair.b(), 921600, counting, (status, message) -> {
                synchronized (statuses) {
                    statuses.add(status + ": " + message);
                }
            });
            link.start();
            Thread.sleep(500);
            Emulator.Output out = Emulator.openPort(pair.a(), 921600);
            Emulator emulator = new Emulator(out, Emulator.Options.binaryMode(), null);
            emulator.tap(s -> {
                synchronized (newestSent) {
                    newestSent[0] = s.t();
                }
                sent.incrementAndGet();
            });
            SimulationRun run = SetSimulator.prepare(Scenario.SQUAT_TOUCH_AND_GO, 7, SimulationOptions.defaults()
                    .withRateHz(RATE_HZ).withGyro(true).withMinDurationS(seconds));
            Map<String, String> meta = run.metadata();
            // Whole sets make the simulation a little longer than asked: the stream ends at the duration itself.
            Emulator.Hints hints = new Emulator.Hints(RATE_HZ, Integer.parseInt(meta.getOrDefault("accel_range_g", "0")),
                    Integer.parseInt(meta.getOrDefault("gyro_range_dps", "0")), seconds);
            System.out.printf(Locale.ROOT, "streaming %.0f s of simulated squats at %.0f Hz with gyroscope, binary, "
                    + "real time, through %s -> %s%n", seconds, RATE_HZ, pair.a(), pair.b());
            // Samples lost on the link show as sequence gaps at once; "in flight" is sent but not yet taken.
            System.out.println("  wall s      sent  received  in flight  CRC err  seq gaps  lag ms  max lag ms  events"
                    + "  heap MB");
            CompletableFuture<Emulator.Summary> streaming = CompletableFuture.supplyAsync(() -> {
                try (out) {
                    return emulator.run(hints, sink -> run.streamTo(new StopAfter(sink, seconds)));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            long start = System.nanoTime();
            double nextReport = everyS;
            double maxLagMs = 0;
            double intervalMaxLagMs = 0;
            List<Double> intervalMaxLags = new ArrayList<>();
            while (!streaming.isDone()) {
                Thread.sleep(100);
                double lag = lagMs(newestSent, newestReceived);
                intervalMaxLagMs = Math.max(intervalMaxLagMs, lag);
                maxLagMs = Math.max(maxLagMs, lag);
                double wall = (System.nanoTime() - start) / 1e9;
                if (wall >= nextReport) {
                    nextReport += everyS;
                    row(wall, sent.get(), received.get(), link.stats(), lag, intervalMaxLagMs, events.get());
                    intervalMaxLags.add(intervalMaxLagMs);
                    intervalMaxLagMs = 0;
                }
            }
            Emulator.Summary summary = streaming.get();
            long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (received.get() < sent.get() && System.nanoTime() < waitUntil) {
                Thread.sleep(10);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            LinkStats stats = link.stats();
            row(wall, sent.get(), received.get(), stats, lagMs(newestSent, newestReceived), intervalMaxLagMs,
                    events.get());
            link.close();
            System.out.println("link: " + stats.summary());
            System.out.printf(Locale.ROOT, "emulator: %s%n", summary.describe());
            System.out.printf(Locale.ROOT, "result: %d sent, %d received, %d lost, %d CRC errors, %d sequence gaps, "
                            + "%d garbage bytes, %d bytes the port did not take; reading lag max %.1f ms; worst lag "
                            + "per %.0f s interval: first %.1f ms, last %.1f ms; %d reps%n", sent.get(), received.get(),
                    sent.get() - received.get(), stats.crcErrors(), stats.droppedSamples(), stats.garbageBytes(),
                    summary.unsentBytes(), maxLagMs, everyS, intervalMaxLags.isEmpty() ? Double.NaN
                            : intervalMaxLags.get(0), intervalMaxLags.isEmpty() ? Double.NaN
                            : intervalMaxLags.get(intervalMaxLags.size() - 1), session.result().reps().size());
            synchronized (statuses) {
                System.out.println("link statuses: " + statuses);
            }
        }
    }

    private static double lagMs(double[] newestSent, double[] newestReceived) {
        double s;
        double r;
        synchronized (newestSent) {
            s = newestSent[0];
        }
        synchronized (newestReceived) {
            r = newestReceived[0];
        }
        return Double.isNaN(s) || Double.isNaN(r) ? 0 : Math.max(0, (s - r) * 1000);
    }

    private static void row(double wall, long sent, long received, LinkStats stats, double lagMs, double maxLagMs,
                            long events) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%8.1f %9d %9d %10d %8d %9d %7.1f %11.1f %7d %8d%n", wall, sent, received,
                sent - received, stats.crcErrors(),
                stats.droppedSamples(), lagMs, maxLagMs, events, (rt.totalMemory() - rt.freeMemory()) >> 20);
        System.out.flush();
    }
}
