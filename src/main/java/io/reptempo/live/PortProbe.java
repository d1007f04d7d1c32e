package io.reptempo.live;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Finds the serial ports that carry the reptempo protocol: listens to every candidate at once for a short while and
 * decodes what arrives. A port speaks the protocol when a binary frame passes its CRC, a text row decodes into a
 * sample, or a {@code # device=...} info line arrives. It only listens: writing to a port that may belong to
 * another device (a modem, a printer) is not a probe's business.
 */
public final class PortProbe {
    /** How long each port is listened to: a streaming sensor sends a hello or a row well within this. */
    public static final long DEFAULT_WINDOW_MILLIS = 1500;
    private static final int READ_TIMEOUT_MILLIS = 50;

    /**
     * What one port sent.
     *
     * @param path           the port
     * @param speaksProtocol whether it sent the reptempo protocol
     * @param seen           what was seen, for a message: "binary data (400 Hz, 8 g ...), 380 samples", "silent"
     */
    public record Result(String path, boolean speaksProtocol, String seen) {
    }

    private PortProbe() {
    }

    /** Listens to all paths at once for {@code windowMillis} at most; results in the order of the paths. */
    public static List<Result> probe(List<String> paths, int baud, long windowMillis) {
        if (paths.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(paths.size(), r -> {
            Thread t = new Thread(r, "reptempo-probe");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (String p : paths) {
                futures.add(pool.submit(() -> probeOne(p, baud, windowMillis)));
            }
            List<Result> results = new ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                results.add(outcome(paths.get(i), futures.get(i), windowMillis));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result outcome(String path, Future<Result> f, long windowMillis) {
        try {
            return f.get(windowMillis + 5000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return new Result(path, false, "could not be read: " + e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            return new Result(path, false, "did not answer opening or reading");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(path, false, "interrupted");
        }
    }

    /** Listens to one port. */
    static Result probeOne(String path, int baud, long windowMillis) {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            return new Result(path, false, "no such port");
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MILLIS, 0);
        if (!port.openPort()) {
            return new Result(path, false, "cannot open: " + SerialLink.openError(port.getLastErrorCode()));
        }
        long[] samples = {0};
        String[] device = {""};
        WireDecoder decoder = new WireDecoder(new SampleSink() {
            @Override
            public void accept(Sample s) {
                samples[0]++;
            }
        }, new WireDecoder.Listener() {
            @Override
            public void onDeviceInfo(String description) {
                device[0] = description;
            }
        });
        String failure = null;
        try {
            byte[] buf = new byte[4096];
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(windowMillis);
            while (System.nanoTime() < end) {
                int n = port.readBytes(buf, buf.length);
                if (n < 0) {
                    failure = "reading failed";
                    break;
                }
                if (n > 0) {
                    decoder.accept(buf, 0, n);
                }
                // Enough to decide, and to name the sensor.
                if (speaks(decoder, device[0]) && !device[0].isEmpty()) {
                    break;
                }
            }
        } finally {
            try {
                port.closePort();
            } catch (RuntimeException e) {
                // Closing a port that went away may fail; the probe is over anyway.
            }
        }
        LinkStats stats = decoder.stats();
        boolean speaks = speaks(decoder, device[0]);
        return new Result(path, speaks, describe(stats, samples[0], device[0], speaks, failure, baud));
    }

    private static boolean speaks(WireDecoder d, String device) {
        return d.frameCount() > 0 || d.sampleCount() > 0 || !device.isEmpty();
    }

    private static String describe(LinkStats s, long samples, String device, boolean speaks, String failure,
                                   int baud) {
        if (speaks) {
            return s.mode().label() + " data" + (device.isEmpty() ? "" : " (" + device + ")") + ", " + samples
                    + (samples == 1 ? " sample" : " samples");
        }
        String what = s.bytes() == 0 ? "silent"
                : s.bytes() + (s.bytes() == 1 ? " byte" : " bytes") + " that do not decode (another device, or the "
                        + "wrong baud rate: try --baud " + SerialLink.suggestedBaud(baud) + ")";
        return failure == null ? what : what + ", then " + failure;
    }
}
