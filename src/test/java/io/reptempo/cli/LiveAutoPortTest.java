package io.reptempo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.live.Emulator;
import io.reptempo.live.SocatPair;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * `live --port auto` over pseudo-terminals: one pair fed by the emulator, others silent or sending noise. The
 * candidate ports are the pseudo-terminals, given to the command as the system's port list would be.
 */
class LiveAutoPortTest {
    private static final Path SAMPLE = Path.of("samples/bench-tempo.csv");

    private SocatPair sensor;
    private SocatPair silent;
    private SocatPair noisy;
    private final AtomicBoolean stopNoise = new AtomicBoolean();
    private CompletableFuture<Void> noise;

    @BeforeEach
    void pairs() throws Exception {
        Assumptions.assumeTrue(SocatPair.available(), "socat is not installed");
        sensor = SocatPair.start();
        silent = SocatPair.start();
        noisy = SocatPair.start();
        noise = CompletableFuture.runAsync(() -> {
            // What a device at another baud rate looks like: bytes, but never a line or a frame.
            SplittableRandom rng = new SplittableRandom(5);
            try (Emulator.Output port = Emulator.openPort(noisy.a(), 115200)) {
                while (!stopNoise.get()) {
                    byte[] b = new byte[64];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = (byte) (0x80 | rng.nextInt(0x80));
                    }
                    port.write(b, 0, b.length);
                    Thread.sleep(20);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        stopNoise.set(true);
        if (noise != null) {
            noise.get(5, TimeUnit.SECONDS);
        }
        for (SocatPair p : new SocatPair[] {sensor, silent, noisy}) {
            if (p != null) {
                p.close();
            }
        }
    }

    @Test
    void picksThePortThatSendsTheProtocol() throws Exception {
        CliRun r;
        try (PlayingSensor playing = PlayingSensor.start(sensor.a(), SAMPLE, true, 8)) {
            r = CliRun.live(c -> c.autoCandidates = () -> List.of(silent.b(), noisy.b(), sensor.b()), "--port",
                    "auto", "--exercise", "bench-press", "--stop-after", "10");
        }
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Found the sensor on " + sensor.b() + ": binary data"), r.out());
        assertTrue(r.out().contains("Listening on " + sensor.b()), r.out());
        assertTrue(r.out().contains("Link: binary"), r.out());
    }

    @Test
    void withNoSensorItSaysWhatEachPortSent() {
        CliRun r = CliRun.live(c -> c.autoCandidates = () -> List.of(silent.b(), noisy.b()), "--port", "auto",
                "--exercise", "bench-press");
        r.assertUserError("--port auto: no port sends the sensor protocol", silent.b() + ": silent",
                noisy.b() + ": ", "bytes that do not decode", "try --baud 921600", "Name one with --port PATH");
    }

    @Test
    void withTwoSensorsItAsksWhichOne() throws Exception {
        SocatPair second = SocatPair.start();
        try (PlayingSensor binary = PlayingSensor.start(sensor.a(), SAMPLE, true, 8); PlayingSensor text = PlayingSensor.start(second.a(), SAMPLE, false, 8)) {
            CliRun r = CliRun.live(c -> c.autoCandidates = () -> List.of(sensor.b(), silent.b(), second.b()), "--port",
                    "auto", "--exercise", "bench-press");
            r.assertUserError("2 ports send the sensor protocol", sensor.b() + ": binary data",
                    second.b() + ": text data (device=reptempo-sensor", silent.b() + ": silent");
        } finally {
            second.close();
        }
    }

    @Test
    void withNoPortsAtAllItSaysSo() {
        CliRun.live(c -> c.autoCandidates = List::of, "--port", "auto", "--exercise", "bench-press")
                .assertUserError("no serial ports at all");
    }
}
