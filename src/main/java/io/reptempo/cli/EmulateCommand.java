package io.reptempo.cli;

import io.reptempo.live.Emulator;
import io.reptempo.live.EmulatorFaults;
import io.reptempo.live.SerialLink;
import io.reptempo.sensor.RecordingFormatException;
import io.reptempo.sim.Scenario;
import io.reptempo.sim.SetSimulator;
import io.reptempo.sim.SimulationOptions;
import io.reptempo.sim.SimulationRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reptempo emulate}: plays a sensor on a serial port, from a recording or a simulated set. */
@Command(name = "emulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Play a sensor: stream a recording or a simulated set into a serial port in the sensor's "
            + "wire protocol (text lines or binary frames) at real time, optionally with faults. With a virtual "
            + "port pair (socat) the live view can be tried without hardware.",
            "Ctrl-C stops it."},
        footer = {"", "Examples:",
            "  socat -d -d pty,raw,echo=0,link=/tmp/ttyV0 pty,raw,echo=0,link=/tmp/ttyV1 &",
            "  reptempo emulate --port /tmp/ttyV0 --scenario deadlift --seed 3",
            "  reptempo emulate --port /tmp/ttyV0 --recording samples/bench-tempo.csv --binary --rate-x 4",
            "  reptempo emulate --port /tmp/ttyV0 --scenario bench-tempo --binary --faults garbage,crc,drop,pause=3"})
public final class EmulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PATH", required = true,
            description = {"Serial port to write to.", "Example: --port /tmp/ttyV0"})
    String port;

    @Option(names = "--recording", paramLabel = "FILE",
            description = {"Recording to play (.csv, the recording format).", "Example: --recording samples/bench-tempo.csv"})
    Path recording;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = {"Simulated set to play (see reptempo simulate --list).", "Example: --scenario deadlift"})
    String scenario;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = {"Seed of the simulated set, and of the faults. Default: ${DEFAULT-VALUE}.", "Example: --seed 7"})
    long seed;

    @Option(names = "--rate", paramLabel = "HZ",
            description = {"Sample rate of the simulated set. Default: drawn from the seed (100-400 Hz).",
                "Example: --rate 400"})
    Double rateHz;

    @Option(names = "--binary", description = {"Send binary frames (hello + raw counts with CRC) instead of text lines.",
        "Example: --binary"})
    boolean binary;

    @Option(names = "--rate-x", paramLabel = "N", defaultValue = "1",
            description = {"Play N times faster than real time. Default: ${DEFAULT-VALUE}.", "Example: --rate-x 4"})
    double rateX;

    @Option(names = "--faults", paramLabel = "LIST",
            description = {"Comma-separated faults: garbage (random bytes now and then), malformed (broken lines or "
                + "cut frames), crc (a flipped byte in some frames; binary), drop (skipped samples), restart (the "
                + "device restarts halfway), pause=SECONDS (nothing sent for a while, as with a pulled cable; "
                + "sensor seconds, wall seconds at --rate-x 1).", "Example: --faults garbage,crc,pause=3"})
    String faults;

    @Option(names = "--baud", paramLabel = "B", defaultValue = "" + SerialLink.DEFAULT_BAUD,
            description = {"Baud rate (ignored by virtual ports). Default: ${DEFAULT-VALUE}.", "Example: --baud 921600"})
    int baud;

    @Override
    public Integer call() throws UserError {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((recording == null) == (scenario == null)) {
            throw new UserError("say what to play: --recording FILE or --scenario NAME (scenarios: " + names() + ")");
        }
        if (!(rateX > 0 && rateX <= 1000)) {
            throw new UserError("--rate-x must be more than 0 and at most 1000");
        }
        if (baud <= 0) {
            throw new UserError("--baud must be a positive number, e.g. 115200");
        }
        EmulatorFaults chosenFaults;
        try {
            chosenFaults = EmulatorFaults.parse(faults);
        } catch (IllegalArgumentException e) {
            throw new UserError("--faults: " + e.getMessage());
        }
        if (chosenFaults.crc() && !binary) {
            err.println("reptempo: note: the crc fault applies to --binary only; text lines have no checksum");
            err.flush();
        }
        SimulationRun run = null;
        String what;
        if (scenario != null) {
            Scenario chosen;
            try {
                chosen = Scenario.fromId(scenario.trim());
            } catch (IllegalArgumentException e) {
                throw new UserError("unknown scenario '" + scenario + "'; choose one of: " + names());
            }
            SimulationOptions options = SimulationOptions.defaults();
            if (rateHz != null) {
                if (!(rateHz >= 10 && rateHz <= 10_000)) {
                    throw new UserError("--rate must be between 10 and 10000 Hz");
                }
                options = options.withRateHz(rateHz);
            }
            run = SetSimulator.prepare(chosen, seed, options);
            what = String.format(Locale.ROOT, "simulated %s, seed %d (%d reps, %.1f s)", chosen.id(), seed,
                    run.truth().reps().size(), run.durationS());
        } else {
            if (!Files.isRegularFile(recording)) {
                throw new UserError(Files.isDirectory(recording) ? recording + " is a folder; give a recording file"
                        : "no such file: " + recording);
            }
            what = recording.toString();
        }

        checkBandwidth(run, err);

        Emulator.Output output;
        try {
            output = Emulator.openPort(port, baud);
        } catch (IOException e) {
            throw new UserError(e.getMessage() + " (list ports with: reptempo ports; for a virtual pair: socat -d -d "
                    + "pty,raw,echo=0,link=/tmp/ttyV0 pty,raw,echo=0,link=/tmp/ttyV1)");
        }
        out.println("emulating a sensor on " + port + ": " + what);
        out.flush();
        Emulator emulator = new Emulator(output, new Emulator.Options(binary, rateX, chosenFaults, seed, "emulator"),
                out);
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            emulator.stop();
            try {
                done.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "reptempo-emulate-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (run != null) {
                emulator.run(run);
            } else {
                emulator.runRecording(recording);
            }
        } catch (RecordingFormatException e) {
            throw new UserError(recording + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UserError("writing to " + port + " failed: " + e.getMessage());
        } finally {
            try {
                output.close();
            } catch (Exception e) {
                // The port is going away anyway.
            }
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down (Ctrl-C): the hook is running.
            }
        }
        return 0;
    }

    /** A real UART carries baud / 10 bytes a second; say so when the stream needs more (virtual ports do not care). */
    private void checkBandwidth(SimulationRun run, PrintWriter err) {
        if (run == null) {
            return;
        }
        double need = Emulator.bytesPerSecond(binary, run.hasGyro(), run.rateHz());
        double carry = baud / 10.0;
        if (need > 0.9 * carry) {
            err.printf(Locale.ROOT, "reptempo: note: this stream needs about %.0f bytes/s but %d baud carries %.0f; "
                    + "a real serial line would fall behind (virtual ports ignore the baud rate). Use %s%n", need,
                    baud, carry, binary ? "a higher --baud, e.g. 921600" : "--binary or a higher --baud");
            err.flush();
        }
    }

    private static String names() {
        return Arrays.stream(Scenario.values()).map(Scenario::id).collect(Collectors.joining(", "));
    }
}
