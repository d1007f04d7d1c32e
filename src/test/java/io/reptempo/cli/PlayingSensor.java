package io.reptempo.cli;

import io.reptempo.live.Emulator;
import io.reptempo.live.EmulatorFaults;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A recording played into one end of a pseudo-terminal pair in the background, until it ends or is closed. */
record PlayingSensor(Emulator emulator, CompletableFuture<Emulator.Summary> run) implements AutoCloseable {

    static PlayingSensor start(String port, Path recording, boolean binary, double rateX) throws Exception {
        Emulator.Output out = Emulator.openPort(port, 115200);
        Emulator e = new Emulator(out, new Emulator.Options(binary, rateX, EmulatorFaults.none(), 1, "emulator"), null);
        return new PlayingSensor(e, CompletableFuture.supplyAsync(() -> {
            try (out) {
                return e.runRecording(recording);
            } catch (Exception x) {
                // The port went away under it (a pulled cable): the stream just ends.
                return null;
            }
        }));
    }

    /** Stops the stream (if still going) and waits for it. */
    @Override
    public void close() throws Exception {
        emulator.stop();
        run.get(10, TimeUnit.SECONDS);
    }
}
