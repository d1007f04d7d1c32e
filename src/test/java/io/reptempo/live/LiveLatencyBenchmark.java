package io.reptempo.live;

import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SimulationOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wall-clock latency of live mode (not a unit test; run its main): from a sample leaving the
 * emulator to the event it triggers being emitted, through a real socat pseudo-terminal pair,
 * jSerialComm, the decoder and the engine. Prints p50, p90, p99 and the maximum.
 */
public final class LiveLatencyBenchmark {
    private LiveLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double rateX = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        int sets = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Map<Long, Long> sentNanos = new ConcurrentHashMap<>();
        List<Long> latencies = new ArrayList<>();
        try (SocatPair pair = SocatPair.start()) {
            AnalysisSettings settings = AnalysisSettings.defaults(ExerciseProfile.preset("squat"));
            LiveSession session = new LiveSession(settings, e -> {
                long now = System.nanoTime();
                Long sent = sentNanos.get(Math.round(e.emittedTS() * 1e6));
                if (sent != null && !e.type().equals("status")) {
                    synchronized (latencies) {
                        latencies.add(now - sent);
                    }
                }
            }, null);
            SerialLink link = new SerialLink(pair.b(), 921600, session, (status, message) -> { });
            link.start();
            Thread.sleep(500);
            try (Emulator.Output out = Emulator.openPort(pair.a(), 921600)) {
                Emulator emulator = new Emulator(out, Emulator.Options.binaryMode().withRateX(rateX),
                        new PrintWriter(new StringWriter()));
                emulator.tap(s -> sentNanos.put(Math.round(s.t() * 1e6), System.nanoTime()));
                emulator.run(SetSimulator.prepare(Scenario.SQUAT_TOUCH_AND_GO, 7, SimulationOptions.defaults()
                        .withRateHz(1000).withGyro(true).withMinDurationS(sets * 30.0)));
            }
            Thread.sleep(500);
            link.close();
            System.out.println("link: " + link.stats().summary());
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            System.out.println("no events matched");
            return;
        }
        System.out.printf(Locale.ROOT, "live latency, sample sent -> event emitted (1 kHz with gyro, binary, x%.0f): "
                + "%d events, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", rateX, sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (0.9 * (sorted.length - 1))] / 1e6,
                sorted[(int) (0.99 * (sorted.length - 1))] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
