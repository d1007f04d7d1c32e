package io.reptempo.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.cli.PortsCommand;
import io.reptempo.cli.ReptempoCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code reptempo ports} and {@code reptempo emulate} from the command line. */
class LiveCommandsTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ReptempoCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertUserError(Run r, String... words) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("reptempo: "), r.err());
        for (String w : words) {
            assertTrue(r.err().contains(w), "'" + w + "' in: " + r.err());
        }
    }

    @Test
    void theCommandsAreListed() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("ports") && r.out().contains("emulate"), r.out());
    }

    @Test
    void portsListsWhateverThisMachineHas() {
        Run r = run("ports");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("PORT") || r.out().startsWith("No serial ports found"), r.out());
    }

    @Test
    void sensorLikePortsAreMarked() {
        StringWriter text = new StringWriter();
        PortsCommand.render(List.of(
                new PortLister.Port("/dev/ttyACM0", "ttyACM0", "Arduino Uno", 0x2341, 0x0043, PortLister.bridge(0x2341)),
                new PortLister.Port("/dev/ttyS0", "ttyS0", "Physical Port S0", -1, -1, PortLister.bridge(-1))),
                new PrintWriter(text, true));
        String[] lines = text.toString().split("\n");
        assertEquals("*", lines[1].substring(0, 1), text.toString());
        assertTrue(lines[1].contains("/dev/ttyACM0") && lines[1].contains("2341:0043")
                && lines[1].contains("Arduino (Arduino Uno)"), lines[1]);
        assertTrue(lines[2].startsWith("  /dev/ttyS0"), lines[2]);
        assertTrue(text.toString().contains("* looks like a sensor"), text.toString());

        StringWriter none = new StringWriter();
        PortsCommand.render(List.of(), new PrintWriter(none, true));
        assertTrue(none.toString().startsWith("No serial ports found."), none.toString());
    }

    @Test
    void commonBridgesAreKnownByVendorId() {
        assertEquals("Silicon Labs CP210x", PortLister.bridge(0x10C4));
        assertEquals("WCH CH340", PortLister.bridge(0x1A86));
        assertEquals("FTDI", PortLister.bridge(0x0403));
        assertEquals("Raspberry Pi RP2040", PortLister.bridge(0x2E8A));
        assertEquals("Espressif", PortLister.bridge(0x303A));
        assertEquals(null, PortLister.bridge(0x8086));
    }

    @Test
    void emulateSaysWhatIsMissingOrWrong() {
        assertUserError(run("emulate", "--port", "/tmp/none"), "--recording FILE or --scenario NAME");
        assertUserError(run("emulate", "--port", "/tmp/none", "--scenario", "deadlift", "--faults", "garbage,noise"),
                "--faults: unknown fault 'noise'");
        assertUserError(run("emulate", "--port", "/tmp/none", "--scenario", "lunges"), "unknown scenario 'lunges'");
        assertUserError(run("emulate", "--port", "/tmp/none", "--scenario", "deadlift", "--rate-x", "0"), "--rate-x");
        assertUserError(run("emulate", "--port", "/tmp/reptempo-no-such-port", "--scenario", "deadlift"),
                "no such port", "reptempo ports");
        assertUserError(run("emulate", "--port", "/tmp/none", "--recording", "/tmp/reptempo-no-such.csv"),
                "no such file");
    }

    @Test
    void emulateStreamsIntoAVirtualPort() throws Exception {
        Assumptions.assumeTrue(hasSocat(), "socat is not installed");
        String id = ProcessHandle.current().pid() + "-cli";
        String a = "/tmp/rt-a-" + id;
        String b = "/tmp/rt-b-" + id;
        Process socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long end = System.nanoTime() + 5_000_000_000L;
            while (!(Files.exists(Path.of(a)) && Files.exists(Path.of(b))) && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            Frames.Collect received = new Frames.Collect();
            SerialLink link = new SerialLink(b, 115200, received, LinkListener.none());
            link.start();
            Run r = run("emulate", "--port", a, "--scenario", "deadlift", "--seed", "4", "--binary", "--rate-x", "40",
                    "--faults", "crc,drop");
            Thread.sleep(300);
            LinkStats stats = link.stats();
            link.close();
            assertEquals(0, r.code(), r.out() + r.err());
            assertTrue(r.out().startsWith("emulating a sensor on " + a + ": simulated deadlift, seed 4"), r.out());
            assertTrue(r.out().contains("sending binary frames at 208 Hz"), r.out());
            assertTrue(r.out().contains("faults: crc, drop"), r.out());
            assertTrue(r.out().contains("done: "), r.out());
            assertTrue(stats.samples() > 8000, stats.summary());
            assertTrue(stats.crcErrors() > 0 && stats.droppedSamples() > 0, stats.summary());
        } finally {
            socat.destroy();
            socat.waitFor(2, TimeUnit.SECONDS);
        }
    }

    private static boolean hasSocat() {
        try {
            Process p = new ProcessBuilder("socat", "-V").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
