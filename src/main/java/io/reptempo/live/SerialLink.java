package io.reptempo.live;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import io.reptempo.sensor.SampleSink;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A sensor on a serial port: a daemon reader thread pushes what arrives into a {@link WireDecoder}, whose
 * samples go to the sink, and reports the state of the connection to a {@link LinkListener}. It survives the
 * cable being pulled: when reads fail or the port disappears it reports {@link LinkStatus#SENSOR_LOST} and tries
 * to open the same path again every half second until it comes back ({@link LinkStatus#SENSOR_BACK}). It never
 * throws to the caller for I/O problems, and a port that cannot be opened at first is retried the same way
 * (the sensor may not be plugged in yet).
 *
 * <pre>{@code
 * TempoEngine engine = new TempoEngine(settings);
 * SerialLink link = new SerialLink("/dev/ttyACM0", 115200, engine, (status, message) -> show(message));
 * link.start();
 * ...            // link.stats() for a status line at any time
 * link.close();  // stops reading, then finishes the engine
 * }</pre>
 *
 * <p>The sink and the listener are called on the reader thread, samples in order; the sink needs no locking
 * if only the reader thread touches it until {@link #close()} returns.
 */
public final class SerialLink implements AutoCloseable {

    /** The baud rate of the reptempo sensor firmware unless set otherwise. */
    public static final int DEFAULT_BAUD = 115200;
    /** Rates a sensor is commonly set to, in the order they are suggested after a wrong-baud guess. */
    static final int[] COMMON_BAUDS = {921600, 115200, 230400, 460800, 1000000, 57600, 38400, 19200, 9600};
    /** The identify command: a reptempo sensor answers with its info lines and header, or a hello. */
    private static final byte[] IDENTIFY = {'i'};
    /** Fewer bytes than this in a window are not enough to call the baud rate wrong. */
    static final int WRONG_BAUD_MIN_BYTES = 32;
    /** How long {@link #close()} waits for the reader: a read returns within its timeout, a retry pause at once. */
    private static final long CLOSE_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(5);

    /**
     * Timings of the link.
     *
     * @param retryMillis       pause between attempts to open the port
     * @param silentMillis      open port without a byte for this long: {@link LinkStatus#WAITING_FOR_DATA}
     * @param wrongBaudMillis   bytes arriving for this long without anything decoding: {@link LinkStatus#WRONG_BAUD}
     * @param readTimeoutMillis how long one read waits when nothing comes; it returns as soon as a byte does
     *                          (jSerialComm sets the terminal's VTIME: outside Windows, 100 ms steps, at least 100)
     */
    public record Settings(int retryMillis, int silentMillis, int wrongBaudMillis, int readTimeoutMillis) {
        public Settings {
            if (retryMillis <= 0 || silentMillis <= 0 || wrongBaudMillis <= 0 || readTimeoutMillis <= 0) {
                throw new IllegalArgumentException("link timings must be positive");
            }
        }

        /** Retry every 500 ms, silence after 1 s, wrong baud after 2 s, reads of 100 ms. */
        public static Settings defaults() {
            return new Settings(500, 1000, 2000, 100);
        }
    }

    private final String path;
    private final int baud;
    private final LinkListener listener;
    private final Settings settings;
    private final WireDecoder decoder;
    private final DaemonLoop reader;
    private volatile LinkStatus status;
    private volatile String device = "";

    public SerialLink(String path, int baud, SampleSink sink, LinkListener listener) {
        this(path, baud, sink, listener, Settings.defaults());
    }

    public SerialLink(String path, int baud, SampleSink sink, LinkListener listener, Settings settings) {
        this.path = Objects.requireNonNull(path, "path");
        if (baud <= 0) {
            throw new IllegalArgumentException("baud rate must be positive: " + baud);
        }
        this.baud = baud;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(sink, "sink");
        this.reader = new DaemonLoop("reptempo-serial " + path, this::run);
        this.decoder = new WireDecoder(sink, new WireDecoder.Listener() {
            @Override
            public void onDeviceInfo(String description) {
                device = description;
                report(LinkStatus.DEVICE_INFO, "sensor: " + description);
            }

            @Override
            public void onDeviceRestart(ContinuousClock.Restart r) {
                report(LinkStatus.DEVICE_RESTARTED, String.format(Locale.ROOT,
                        "the sensor restarted (its clock went back from %.3f s to %.3f s); the timeline goes on at "
                                + "%.3f s", r.previousDeviceT(), r.newDeviceT(), r.atT()));
            }

            @Override
            public void onProblem(String message) {
                report(LinkStatus.DATA_PROBLEM, message);
            }
        });
    }

    /** Starts the reader thread; returns at once. Calling it again does nothing. */
    public void start() {
        reader.start();
    }

    /**
     * Stops the reader thread, closes the port and finishes the decoder (so the sink's
     * {@link SampleSink#finish()} is called, once). Safe to call more than once.
     */
    @Override
    public void close() {
        if (!reader.stop(CLOSE_WAIT_MILLIS)) {
            return;
        }
        decoder.finish();
        report(LinkStatus.CLOSED, "closed " + path);
    }

    /** The last connection state (events such as {@link LinkStatus#DEVICE_RESTARTED} do not change it). */
    public LinkStatus status() {
        return status;
    }

    /** What came over the wire so far. */
    public LinkStats stats() {
        return decoder.stats();
    }

    public WireDecoder decoder() {
        return decoder;
    }

    public String path() {
        return path;
    }

    public int baud() {
        return baud;
    }

    /** Another common baud rate to suggest when nothing decodes at {@code baud}. */
    public static int suggestedBaud(int baud) {
        for (int b : COMMON_BAUDS) {
            if (b != baud) {
                return b;
            }
        }
        return DEFAULT_BAUD;
    }

    /** The wrong-baud message, e.g. "no valid data at 115200 baud: is the sensor set to another rate? try --baud 921600". */
    public static String wrongBaudMessage(int baud) {
        return "no valid data at " + baud + " baud: is the sensor set to another rate? try --baud "
                + suggestedBaud(baud);
    }

    // ---- reader thread ------------------------------------------------------------------------------------

    private void run() {
        boolean everOpened = false;
        String lastOpenError = null;
        try {
            while (reader.running()) {
                String[] error = new String[1];
                SerialPort port = open(error);
                if (port == null) {
                    if (!everOpened && !error[0].equals(lastOpenError)) {
                        report(LinkStatus.CONNECTING, "cannot open " + path + ": " + error[0] + "; trying again every "
                                + seconds(settings.retryMillis()) + " s");
                    }
                    lastOpenError = error[0];
                    pause(settings.retryMillis());
                    continue;
                }
                if (everOpened) {
                    decoder.connectionReset();
                    report(LinkStatus.SENSOR_BACK, "sensor back on " + path);
                } else {
                    report(LinkStatus.CONNECTED, "connected to " + path + " at " + baud + " baud; waiting for data");
                }
                everOpened = true;
                String lost;
                try {
                    lost = read(port);
                } finally {
                    closeQuietly(port);
                }
                if (lost == null || !reader.running()) {
                    break;
                }
                report(LinkStatus.SENSOR_LOST, "sensor lost: " + lost + "; trying to open " + path
                        + " again every " + seconds(settings.retryMillis()) + " s");
                pause(settings.retryMillis());
            }
        } catch (RuntimeException | LinkageError e) {
            // Returning ends the reader loop: it is not running any more.
            report(LinkStatus.FAILED, "stopped reading " + path + ": " + e);
        }
    }

    /** Opens the port, or returns null with the reason in error[0]. */
    private SerialPort open(String[] error) {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            error[0] = "no such port";
            return null;
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, settings.readTimeoutMillis(), 0);
        if (!port.openPort()) {
            error[0] = openError(port.getLastErrorCode());
            return null;
        }
        return port;
    }

    static String openError(int errno) {
        return switch (errno) {
            case 2 -> "no such port";
            case 13 -> "permission denied (on Linux, add yourself to the dialout group and log in again)";
            case 16 -> "the port is in use by another program";
            default -> "the system refused (error " + errno + ")";
        };
    }

    /**
     * Reads until the port fails (returns why) or the link is closed (returns null). Watches for silence
     * and for bytes that never decode.
     */
    private String read(SerialPort port) {
        byte[] buf = new byte[4096];
        long now = System.nanoTime();
        long openedAt = now;
        long progressAtOpen = progress();
        boolean identified = false;
        long lastByte = now;
        long windowStart = now;
        long windowBytes = 0;
        long windowProgress = progress();
        long samplesSeen = decoder.sampleCount();
        boolean silent = false;
        boolean receiving = false;
        boolean wrongBaud = false;
        while (reader.running()) {
            int n = port.readBytes(buf, buf.length);
            now = System.nanoTime();
            if (n < 0) {
                return "reading " + path + " failed (port closed, or the cable was pulled)";
            }
            if (n > 0) {
                decoder.accept(buf, 0, n);
                lastByte = now;
                windowBytes += n;
                silent = false;
            }
            long samples = decoder.sampleCount();
            if (samples > samplesSeen) {
                samplesSeen = samples;
                if (!receiving) {
                    receiving = true;
                    wrongBaud = false;
                    report(LinkStatus.RECEIVING, "receiving " + decoder.mode().label() + " data"
                            + (device.isEmpty() ? "" : " (" + device + ")"));
                }
            }
            if (n == 0 && !silent && millis(now - lastByte) >= settings.silentMillis()) {
                silent = true;
                receiving = false;
                report(LinkStatus.WAITING_FOR_DATA, String.format(Locale.ROOT,
                        "no data from the sensor for %s s: is it switched on and streaming?",
                        seconds(settings.silentMillis())));
            }
            if (n == 0 && silent && portVanished()) {
                return path + " disappeared (cable pulled?)";
            }
            if (!identified && millis(now - openedAt) >= settings.wrongBaudMillis() && progress() == progressAtOpen) {
                // PROTOCOL.md 2: nothing valid yet, so ask the device to announce itself (harmless to others).
                identified = true;
                port.writeBytes(IDENTIFY, IDENTIFY.length, 0);
            }
            if (millis(now - windowStart) >= settings.wrongBaudMillis()) {
                long p = progress();
                if (!wrongBaud && windowBytes >= WRONG_BAUD_MIN_BYTES && p == windowProgress
                        && decoder.problem() == null) {
                    wrongBaud = true;
                    receiving = false;
                    report(LinkStatus.WRONG_BAUD, wrongBaudMessage(baud));
                }
                windowStart = now;
                windowBytes = 0;
                windowProgress = p;
            }
        }
        return null;
    }

    /**
     * Anything decoding at all: samples, valid frames (a binary sensor whose hello is still to come),
     * or text lines such as '#' device lines and a header (a sensor announcing itself before its rows).
     */
    private long progress() {
        return decoder.sampleCount() + decoder.frameCount() + decoder.infoLineCount();
    }

    /** Whether the device file is gone (Unix paths only; elsewhere reads fail instead). */
    private boolean portVanished() {
        if (!path.startsWith("/")) {
            return false;
        }
        try {
            return !Files.exists(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private void report(LinkStatus s, String message) {
        if (!s.isEvent()) {
            status = s;
        }
        try {
            listener.onStatus(s, message);
        } catch (RuntimeException e) {
            // A listener's bug must not stop the link.
        }
    }

    private void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // close() interrupts; the loop checks reader.running().
        }
    }

    private static void closeQuietly(SerialPort port) {
        try {
            port.closePort();
        } catch (RuntimeException e) {
            // Closing a port that is gone may fail; there is nothing left to do.
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static String seconds(int millis) {
        return millis % 1000 == 0 ? Integer.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }
}
