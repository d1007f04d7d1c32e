package io.reptempo.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.engine.TempoEngine;
import io.reptempo.reps.AnalysisSettings;
import io.reptempo.reps.ExerciseProfile;
import io.reptempo.reps.Rep;
import io.reptempo.reps.SetResult;
import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SimulationOptions;
import io.reptempo.sim.SimulationRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end over a real pseudo-terminal pair made by socat: the emulator writes one end, a {@link SerialLink}
 * reads the other. Skipped when socat is not installed ({@code apt-get install socat}).
 */
class PtyLinkTest {


    private String a;
    private String b;
    private SocatPair pair;

    @BeforeEach
    void pair() throws Exception {
        Assumptions.assumeTrue(SocatPair.available(), "socat is not installed");
        pair = SocatPair.start();
        a = pair.a();
        b = pair.b();
    }

    @AfterEach
    void stopSocat() throws Exception {
        if (pair != null) {
            pair.close();
        }
    }

    private static void waitFor(BooleanSupplier condition, long millis, java.util.function.Supplier<String> what)
            throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what.get());
            }
            Thread.sleep(10);
        }
    }

    private static void waitFor(BooleanSupplier condition, long millis, String what) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    /** Statuses in the order heard (events left out). */
    private static final class Statuses implements LinkListener {
        final List<LinkStatus> seen = new CopyOnWriteArrayList<>();
        final List<String> messages = new CopyOnWriteArrayList<>();

        @Override
        public void onStatus(LinkStatus status, String message) {
            messages.add(status + ": " + message);
            if (!status.isEvent()) {
                seen.add(status);
            }
        }

        boolean heard(LinkStatus s) {
            return seen.contains(s);
        }
    }

    /** Thread-safe collecting sink that also feeds an engine. */
    private static final class Tee implements SampleSink {
        final List<Sample> samples = new CopyOnWriteArrayList<>();
        final SampleSink next;

        Tee(SampleSink next) {
            this.next = next;
        }

        @Override
        public void accept(Sample s) {
            samples.add(s);
            next.accept(s);
        }

        @Override
        public void finish() {
            next.finish();
        }
    }

    @Test
    void aSimulatedDeadliftInBinaryArrivesWholeAndGivesTheOfflineReps() throws Exception {
        SimulationRun run = SetSimulator.prepare(Scenario.DEADLIFT, 4, SimulationOptions.defaults().withGyro(true));
        AnalysisSettings settings = AnalysisSettings.defaults(ExerciseProfile.preset("deadlift"));
        TempoEngine live = new TempoEngine(settings);
        Tee received = new Tee(live);
        Statuses statuses = new Statuses();
        SerialLink link = new SerialLink(b, 921600, received, statuses);
        link.start();
        waitFor(() -> statuses.heard(LinkStatus.CONNECTED), 5000, "the link to open " + b);

        Frames.Collect sent = new Frames.Collect();
        Emulator.Summary summary;
        try (Emulator.Output port = Emulator.openPort(a, 921600)) {
            Emulator emulator = new Emulator(port, new Emulator.Options(true, 8, EmulatorFaults.none(), 1, "emulator"),
                    null).tap(sent);
            long t0 = System.nanoTime();
            summary = emulator.run(run);
            double wall = (System.nanoTime() - t0) / 1e9;
            // Real time at 8x: the set's length / 8, give or take.
            assertEquals(run.durationS() / 8, wall, 0.5, "paced at 8x real time");
        }
        waitFor(() -> received.samples.size() >= sent.samples.size(), 5000, () -> "all samples to arrive: "
                + received.samples.size() + " of " + sent.samples.size() + ", " + link.stats().summary() + ", "
                + statuses.messages);
        LinkStats stats = link.stats();
        link.close();

        assertEquals(0, summary.unsentBytes());
        assertEquals(summary.samples(), summary.sent());
        Frames.assertSameSamples(sent.samples, received.samples);
        assertEquals(WireMode.BINARY, stats.mode());
        assertEquals(0, stats.droppedSamples());
        assertEquals(0, stats.crcErrors());
        assertEquals(0, stats.garbageBytes());
        assertEquals(0, stats.waitingForHello());
        assertEquals(run.rateHz(), stats.nominalRateHz());
        assertEquals(run.rateHz(), stats.sampleRateHz(), run.rateHz() * 0.01);
        assertTrue(statuses.heard(LinkStatus.RECEIVING), statuses.messages.toString());
        assertEquals(LinkStatus.CLOSED, link.status());

        // The same samples offline: the same reps.
        TempoEngine offline = new TempoEngine(settings);
        sent.samples.forEach(offline::accept);
        offline.finish();
        SetResult liveResult = live.result();
        SetResult offlineResult = offline.result();
        assertEquals(run.truth().reps().size(), offlineResult.reps().size());
        assertEquals(offlineResult.reps(), liveResult.reps());
        assertEquals(offlineResult.summary(), liveResult.summary());
        // And close to the unquantised simulation analysed directly.
        TempoEngine direct = new TempoEngine(settings);
        run.streamTo(direct);
        List<Rep> reps = direct.result().reps();
        assertEquals(reps.size(), liveResult.reps().size());
        for (int i = 0; i < reps.size(); i++) {
            assertEquals(reps.get(i).startS(), liveResult.reps().get(i).startS(), 0.02);
            assertEquals(reps.get(i).endS(), liveResult.reps().get(i).endS(), 0.02);
        }
    }

    @Test
    void survivesThePortGoingAwayAndComingBack() throws Exception {
        Statuses statuses = new Statuses();
        Frames.Collect received = new Frames.Collect();
        SerialLink link = new SerialLink(b, 115200, received, statuses, new SerialLink.Settings(100, 400, 2000, 50));
        link.start();
        waitFor(() -> statuses.heard(LinkStatus.CONNECTED), 5000, "the link to open");

        try (Emulator.Output port = Emulator.openPort(a, 115200)) {
            writeText(port, "# device=reptempo-sensor protocol=1 chip=test rate_hz=100\nt,ax,ay,az\n" + rows(0, 100));
            waitFor(() -> link.stats().samples() == 100, 5000, "the first rows");
            waitFor(() -> statuses.heard(LinkStatus.WAITING_FOR_DATA), 3000, "the silence to be noticed");
        }
        assertEquals(LinkStatus.WAITING_FOR_DATA, link.status());

        // Pull the cable: the pty pair goes away, then comes back under the same names.
        pair.close();
        waitFor(() -> statuses.heard(LinkStatus.SENSOR_LOST), 3000, "the loss to be noticed");
        Thread.sleep(300);
        pair = SocatPair.start(a, b);
        waitFor(() -> statuses.heard(LinkStatus.SENSOR_BACK), 3000, "the port to come back");

        try (Emulator.Output port = Emulator.openPort(a, 115200)) {
            // A sensor that lost power restarts: header again, time from 0.
            writeText(port, "t,ax,ay,az\n" + rows(0, 100));
            waitFor(() -> link.stats().samples() == 200, 5000, "the rows after the reconnection");
        }
        link.close();

        List<LinkStatus> order = new ArrayList<>(statuses.seen);
        int connected = order.indexOf(LinkStatus.CONNECTED);
        int lost = order.indexOf(LinkStatus.SENSOR_LOST);
        int back = order.indexOf(LinkStatus.SENSOR_BACK);
        assertTrue(connected >= 0 && connected < lost && lost < back, statuses.messages.toString());
        assertTrue(order.subList(back, order.size()).contains(LinkStatus.RECEIVING), statuses.messages.toString());
        assertEquals(1, link.stats().deviceRestarts());
        assertEquals(200, received.samples.size());
        for (int i = 1; i < received.samples.size(); i++) {
            assertTrue(received.samples.get(i).t() > received.samples.get(i - 1).t());
        }
        assertEquals(1, received.finishes);
    }

    @Test
    void bytesThatNeverDecodeSuggestAnotherBaudRate() throws Exception {
        Statuses statuses = new Statuses();
        SerialLink link = new SerialLink(b, 115200, new Frames.Collect(), statuses,
                new SerialLink.Settings(100, 1000, 500, 50));
        link.start();
        waitFor(() -> statuses.heard(LinkStatus.CONNECTED), 5000, "the link to open");
        SplittableRandom rng = new SplittableRandom(3);
        try (Emulator.Output port = Emulator.openPort(a, 115200)) {
            long end = System.nanoTime() + 1_500_000_000L;
            while (System.nanoTime() < end && !statuses.heard(LinkStatus.WRONG_BAUD)) {
                // What 921600 baud looks like at 115200: bytes, but no line and no frame.
                byte[] noise = new byte[64];
                for (int i = 0; i < noise.length; i++) {
                    noise[i] = (byte) (0x80 | rng.nextInt(0x80));
                }
                port.write(noise, 0, noise.length);
                Thread.sleep(20);
            }
        }
        link.close();
        assertTrue(statuses.heard(LinkStatus.WRONG_BAUD), statuses.messages.toString());
        assertTrue(statuses.messages.contains("WRONG_BAUD: no valid data at 115200 baud: is the sensor set to another "
                + "rate? try --baud 921600"), statuses.messages.toString());
    }

    @Test
    void aSensorThatAnnouncesItselfBeforeItsRowsIsNotAtTheWrongBaud() throws Exception {
        Statuses statuses = new Statuses();
        Frames.Collect received = new Frames.Collect();
        SerialLink link = new SerialLink(b, 115200, received, statuses, new SerialLink.Settings(100, 1000, 300, 50));
        link.start();
        waitFor(() -> statuses.heard(LinkStatus.CONNECTED), 5000, "the link to open");
        try (Emulator.Output port = Emulator.openPort(a, 115200)) {
            // A replayed recording: its '#' lines and header take longer than a wrong-baud window.
            writeText(port, "# device=wristband protocol=1\n# source_format=metawear\n# accel_rate_hz=12.5\n");
            Thread.sleep(400);
            writeText(port, "# gyro_rate_hz=25\n# start_epoch_ms=1547223575024\nt,ax,ay,az\n");
            Thread.sleep(400);
            writeText(port, rows(0, 50));
            waitFor(() -> received.samples.size() == 50, 5000, "the rows");
        }
        link.close();
        assertFalse(statuses.heard(LinkStatus.WRONG_BAUD), statuses.messages.toString());
    }

    @Test
    void aPortThatDoesNotExistIsRetriedWithoutThrowing() throws Exception {
        Statuses statuses = new Statuses();
        String missing = b + "-missing";
        SerialLink link = new SerialLink(missing, 115200, new Frames.Collect(), statuses,
                new SerialLink.Settings(50, 1000, 2000, 50));
        link.start();
        waitFor(() -> statuses.heard(LinkStatus.CONNECTING), 3000, "the first attempt");
        Thread.sleep(200);
        link.close();
        assertEquals(List.of(LinkStatus.CONNECTING, LinkStatus.CLOSED), statuses.seen, statuses.messages.toString());
        assertTrue(statuses.messages.get(0).contains("no such port"), statuses.messages.get(0));
    }

    private static String rows(double t0, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(String.format(Locale.ROOT, "%.6f,0.01000,0.02000,9.80665\n", t0 + i * 0.01));
        }
        return sb.toString();
    }

    private static void writeText(Emulator.Output port, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        port.write(bytes, 0, bytes.length);
    }
}
