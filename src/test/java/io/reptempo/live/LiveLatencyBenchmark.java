package io.reptempo.live;

import com.fazecast.jSerialComm.SerialPort;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SimulationOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Wall-clock latency of live mode (not a unit test; run its main): simulated squats at 1 kHz with gyroscope in
 * binary frames, written to a socat pseudo-terminal pair and read by a {@link SerialLink} into a
 * {@link LiveSession}. Clocks start when a sample's bytes are handed to the operating system (this benchmark
 * writes the port itself, so the emulator's buffering and writer thread are not counted) and stop when the
 * sample reaches the session (the link) or when the event it triggers is emitted. Phase events come from every
 * sample; rep and flag events come after the engine has closed a movement at a rest and re-analysed the set so
 * far, on the reader thread, so their latency is mostly the engine's work: it is printed apart, with that part.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) io.reptempo.live.LiveLatencyBenchmark 2 3</pre>
 *
 * <p>Arguments: speed (times real time, default 2), the sets' length in 30 s units (default 3), and
 * {@code no-engine} to drop the samples after timing them: the link alone, without samples waiting while the
 * reader thread is in the engine.
 */
public final class LiveLatencyBenchmark {
    private static final int BAUD = 921600;

    private LiveLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double rateX = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        int sets = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean engine = !(args.length > 2 && args[2].equals("no-engine"));
        Map<Long, Long> writtenNanos = new ConcurrentHashMap<>();
        Map<Long, Long> decodedNanos = new ConcurrentHashMap<>();
        List<Long> link = new ArrayList<>();
        List<Long> phaseEvents = new ArrayList<>();
        List<Long> repEvents = new ArrayList<>();
        List<Long> repEventsEngine = new ArrayList<>();
        // Off before the link closes: the reps announced when the set ends are not live latency.
        AtomicBoolean streaming = new AtomicBoolean(true);
        try (SocatPair pair = SocatPair.start()) {
            AnalysisSettings settings = AnalysisSettings.defaults(ExerciseProfile.preset("squat"));
            LiveSession session = new LiveSession(settings, e -> {
                long now = System.nanoTime();
                Long written = writtenNanos.get(key(e.emittedTS()));
                Long decoded = decodedNanos.get(key(e.emittedTS()));
                if (!streaming.get() || written == null || decoded == null || e.type().equals("status")) {
                    return;
                }
                if (e.type().startsWith("phase")) {
                    phaseEvents.add(now - written);
                } else {
                    repEvents.add(now - written);
                    repEventsEngine.add(now - decoded);
                }
            }, null);
            SampleSink timed = new SampleSink() {
                @Override
                public void accept(Sample s) {
                    long now = System.nanoTime();
                    Long written = writtenNanos.get(key(s.t()));
                    if (written != null) {
                        link.add(now - written);
                        decodedNanos.put(key(s.t()), now);
                    }
                    if (engine) {
                        session.accept(s);
                    }
                }

                @Override
                public void finish() {
                    session.finish();
                }
            };
            SerialLink serial = new SerialLink(pair.b(), BAUD, timed, (status, message) -> { });
            serial.start();
            Thread.sleep(500);
            try (StampingOutput out = new StampingOutput(pair.a(), writtenNanos)) {
                Emulator emulator = new Emulator(out, Emulator.Options.binaryMode().withRateX(rateX),
                        new PrintWriter(new StringWriter()));
                emulator.tap(out::sent);
                emulator.run(SetSimulator.prepare(Scenario.SQUAT_TOUCH_AND_GO, 7, SimulationOptions.defaults()
                        .withRateHz(1000).withGyro(true).withMinDurationS(sets * 30.0)));
                Thread.sleep(500);
            }
            streaming.set(false);
            serial.close();
            System.out.println("link: " + serial.stats().summary());
        }
        // The reader thread has been joined: the lists are complete and no longer written.
        List<Long> all = new ArrayList<>(phaseEvents);
        all.addAll(repEvents);
        System.out.printf(Locale.ROOT, "live latency from a sample's bytes written (1 kHz with gyro, binary, x%s%s):%n",
                rateX == Math.rint(rateX) ? Long.toString((long) rateX) : Double.toString(rateX),
                engine ? "" : ", samples dropped after the link");
        print("sample reaches the session (the link)", link);
        print("phase event emitted", phaseEvents);
        print("rep/flag event emitted", repEvents);
        print("  of which after the session took the sample", repEventsEngine);
        print("any event emitted", all);
    }

    /** A sample's key: its device time in microseconds, as the frame carries it. */
    private static long key(double t) {
        return Math.round(t * 1e6);
    }

    private static void print(String what, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            System.out.printf(Locale.ROOT, "  %-45s none%n", what);
            return;
        }
        System.out.printf(Locale.ROOT, "  %-45s %7d: p50 %6.2f ms, p90 %6.2f ms, p99 %6.2f ms, max %6.2f ms%n", what,
                sorted.length, at(sorted, 0.5), at(sorted, 0.9), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double q) {
        return sorted[(int) (q * (sorted.length - 1))] / 1e6;
    }

    /**
     * Writes the emulator's bytes straight to the port on the emulator's thread and notes, for every sample in
     * them, when they went to the operating system. The emulator taps a sample right after buffering its frame,
     * so the samples tapped since the last write are exactly those in the next one.
     */
    private static final class StampingOutput implements Emulator.Output {
        private final SerialPort port;
        private final Map<Long, Long> writtenNanos;
        private final List<Long> pending = new ArrayList<>();

        StampingOutput(String path, Map<Long, Long> writtenNanos) throws IOException {
            this.writtenNanos = writtenNanos;
            port = SerialPort.getCommPort(path);
            port.setComPortParameters(BAUD, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
            port.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, 100);
            if (!port.openPort()) {
                throw new IOException("cannot open " + path);
            }
        }

        void sent(Sample s) {
            pending.add(key(s.t()));
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            long now = System.nanoTime();
            for (long k : pending) {
                writtenNanos.put(k, now);
            }
            pending.clear();
            byte[] chunk = off == 0 ? b : Arrays.copyOfRange(b, off, off + len);
            int done = 0;
            while (done < len) {
                int n = port.writeBytes(chunk, len - done, done);
                if (n < 0) {
                    throw new IOException("writing " + port.getSystemPortPath() + " failed");
                }
                done += n;
            }
        }

        @Override
        public void close() {
            port.closePort();
        }
    }
}
