package io.reptempo.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A pseudo-terminal pair made by socat, for tests that stream through a real serial device. */
public final class SocatPair implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final Process process;
    private final String a;
    private final String b;

    private SocatPair(Process process, String a, String b) {
        this.process = process;
        this.a = a;
        this.b = b;
    }

    /** Whether socat can be run here (CI installs it; tests skip without it). */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("socat", "-V").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts socat and waits until both ends exist (names unique per process and call). */
    public static SocatPair start() throws IOException, InterruptedException {
        String id = ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
        return start("/tmp/rt-pair-a-" + id, "/tmp/rt-pair-b-" + id);
    }

    /** Starts socat with the given link names (a pulled cable coming back under the same names). */
    public static SocatPair start(String a, String b) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(Path.of(a)) && Files.exists(Path.of(b)))) {
            if (System.nanoTime() > end) {
                p.destroy();
                throw new IOException("socat did not create " + a + " and " + b);
            }
            Thread.sleep(10);
        }
        return new SocatPair(p, a, b);
    }

    public String a() {
        return a;
    }

    public String b() {
        return b;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(2, TimeUnit.SECONDS);
    }
}
