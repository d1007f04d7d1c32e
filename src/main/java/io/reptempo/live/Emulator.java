package io.reptempo.live;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import io.reptempo.sensor.CsvRecordingReader;
import io.reptempo.sensor.ReaderOptions;
import io.reptempo.sensor.RecordingFormatException;
import io.reptempo.sensor.RecordingWriter;
import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import io.reptempo.sim.SimulationRun;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Plays a sensor: streams a recording or a simulated set in the wire protocol (firmware-notes/PROTOCOL.md),
 * text or binary, at real time (or N times faster), with faults on request. Samples are pushed in by the
 * recording reader or the simulator and the emulator waits until each one is due, so nothing is held beyond the
 * reader's chunk. Pacing uses {@link System#nanoTime()}: the one place where wall time matters.
 *
 * <p>The device clock starts at 0 at the first sample (a recording's own times are kept when they start at or
 * after 0) and restarts at 0 with the {@code restart} fault. Binary mode sends a hello at the start and every
 * second of device time, and raw counts at the announced ranges (sensitivity fields 0: range / 32768).
 */
public final class Emulator {

    /** Where the bytes go: a serial port, or memory in tests. */
    public interface Output extends AutoCloseable {
        void write(byte[] b, int off, int len) throws IOException;

        /** Bytes that could not be written (nobody reading the other end); 0 if unknown. */
        default long unsentBytes() {
            return 0;
        }

        @Override
        default void close() throws IOException {
        }
    }

    /**
     * How to emulate.
     *
     * @param binary    binary frames, else text lines
     * @param rateX     play this many times faster than real time; infinite for no pacing at all (tests)
     * @param faults    what to break
     * @param faultSeed draws when and how the faults happen
     * @param chip      chip name sent in the hello or the {@code #} line
     */
    public record Options(boolean binary, double rateX, EmulatorFaults faults, long faultSeed, String chip) {
        public Options {
            Objects.requireNonNull(faults, "faults");
            Objects.requireNonNull(chip, "chip");
            if (!(rateX > 0)) {
                throw new IllegalArgumentException("rateX must be positive");
            }
        }

        public static Options text() {
            return new Options(false, 1, EmulatorFaults.none(), 1, "emulator");
        }

        public static Options binaryMode() {
            return new Options(true, 1, EmulatorFaults.none(), 1, "emulator");
        }

        public Options withRateX(double value) {
            return new Options(binary, value, faults, faultSeed, chip);
        }

        public Options withFaults(EmulatorFaults value, long seed) {
            return new Options(binary, rateX, value, seed, chip);
        }
    }

    /**
     * What a stream description says before its samples: all optional (NaN or 0 when unknown).
     *
     * @param rateHz       nominal sample rate; unknown: measured from the first two samples
     * @param accelRangeG  accelerometer range for binary counts (2, 4, 8, 16); other: 16
     * @param gyroRangeDps gyroscope range for binary counts (125..2000); other: 2000
     * @param durationS    length of the stream, to place the restart and the pause; unknown: 20 s and 10 s in
     */
    public record Hints(double rateHz, int accelRangeG, int gyroRangeDps, double durationS) {
        public static Hints none() {
            return new Hints(Double.NaN, 0, 0, Double.NaN);
        }
    }

    /**
     * What was sent.
     *
     * @param samples        samples the source gave
     * @param sent           samples sent intact
     * @param bytes          bytes written
     * @param unsentBytes    bytes the port did not take (nobody reading the other end)
     * @param garbageBursts  bursts of random bytes
     * @param malformed      broken lines or cut-off frames (their samples are lost)
     * @param corrupted      frames with a flipped byte (their samples are lost)
     * @param dropped        samples skipped by the drop fault
     * @param paused         samples not sent during the pause
     * @param restarts       device restarts
     * @param hellos         hello frames (binary) or header lines (text)
     * @param sampleSeconds  sensor time covered
     * @param wallSeconds    wall time taken
     * @param stopped        whether {@link #stop()} ended it early
     */
    public record Summary(long samples, long sent, long bytes, long unsentBytes, long garbageBursts, long malformed,
                          long corrupted, long dropped, long paused, int restarts, long hellos, double sampleSeconds,
                          double wallSeconds, boolean stopped) {

        /** Samples the host cannot get, whatever it does. */
        public long lost() {
            return malformed + corrupted + dropped + paused;
        }

        public String describe() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "%d samples sent (%.1f s of sensor time in %.1f s), %d bytes", sent, sampleSeconds, wallSeconds,
                    bytes));
            if (lost() > 0) {
                sb.append(String.format(Locale.ROOT, "; lost on purpose: %d (%d malformed, %d corrupted, %d dropped, "
                        + "%d paused)", lost(), malformed, corrupted, dropped, paused));
            }
            if (garbageBursts > 0) {
                sb.append("; ").append(garbageBursts).append(" garbage bursts");
            }
            if (restarts > 0) {
                sb.append("; ").append(restarts).append(restarts == 1 ? " restart" : " restarts");
            }
            if (unsentBytes > 0) {
                sb.append("; ").append(unsentBytes).append(" bytes not taken by the port (is anything reading the "
                        + "other end?)");
            }
            return sb.toString();
        }
    }

    /** Hello frames are repeated this often, in device time. */
    static final double HELLO_INTERVAL_S = 1.0;
    /** Mean time between faults of each repeated kind, in sensor time. */
    static final double GARBAGE_EVERY_S = 1.5;
    static final double MALFORMED_EVERY_S = 2.0;
    static final double CRC_EVERY_S = 2.0;
    static final double DROP_EVERY_S = 2.5;
    private static final double PROGRESS_EVERY_S = 5.0;
    private static final int FLUSH_BYTES = 4096;

    private final Output out;
    private final Options options;
    private final PrintWriter log;
    private SampleSink tap = s -> {
    };
    private volatile boolean stop;

    /**
     * @param log where to print what it does (start, progress every few seconds, faults); null for silence
     */
    public Emulator(Output out, Options options, PrintWriter log) {
        this.out = Objects.requireNonNull(out, "out");
        this.options = Objects.requireNonNull(options, "options");
        this.log = log;
    }

    /**
     * Also gives every sample sent intact to {@code sink}, as the host should decode it, with device time
     * (which goes back at a restart). Binary: exactly the decoded values; text: the printed decimals.
     */
    public Emulator tap(SampleSink sink) {
        this.tap = Objects.requireNonNull(sink, "sink");
        return this;
    }

    /** Ends a running stream soon, from any thread (e.g. a Ctrl-C hook). */
    public void stop() {
        stop = true;
    }

    /** Streams a simulated set. */
    public Summary run(SimulationRun run) throws IOException {
        Map<String, String> meta = run.metadata();
        Hints hints = new Hints(run.rateHz(), intOf(meta.get("accel_range_g")), intOf(meta.get("gyro_range_dps")),
                run.durationS());
        Streamer s = new Streamer(hints);
        try {
            run.streamTo(s);
        } catch (Stopped e) {
            s.finishQuietly();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return s.summary();
    }

    /**
     * Streams a recording file (the recording format; rows it cannot use are skipped as the analyser would).
     *
     * @throws RecordingFormatException when the file is not a usable recording
     */
    public Summary runRecording(Path file) throws IOException, RecordingFormatException {
        Map<String, String> meta = peekMetadata(file);
        Hints hints = new Hints(doubleOf(meta.get("rate_hz")), intOf(meta.get("accel_range_g")),
                intOf(meta.get("gyro_range_dps")), lastTime(file));
        Streamer s = new Streamer(hints);
        try {
            CsvRecordingReader.read(file, ReaderOptions.defaults(), s);
        } catch (Stopped e) {
            s.finishQuietly();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return s.summary();
    }

    /** Streams whatever a source pushes (it must call the sink's finish at the end). */
    public Summary run(Hints hints, Consumer<SampleSink> source) throws IOException {
        Streamer s = new Streamer(hints);
        try {
            source.accept(s);
        } catch (Stopped e) {
            s.finishQuietly();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return s.summary();
    }

    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    // ---- the stream ---------------------------------------------------------------------------------------

    /** Takes samples in time order and sends them when due. */
    private final class Streamer implements SampleSink {
        private final Hints hints;
        private final SplittableRandom rng = new SplittableRandom(options.faultSeed());
        private final Bytes buffer = new Bytes();
        private final Writer textOut = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                buffer.ascii(cbuf, off, len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        private Sample first;
        private boolean begun;
        private boolean finished;
        private double periodS;
        private boolean gyro;
        private BinaryFrameEncoder encoder;
        private RecordingWriter textWriter;

        private double firstT;
        private double origin;
        private long startNanos;
        private int seq;
        private double lastHelloDeviceT;
        private double restartAt = Double.NaN;
        private double pauseFrom = Double.NaN;
        private double pauseTo = Double.NaN;
        private boolean pauseAnnounced;
        private int dropRemaining;
        private double lastT;
        private double nextProgressWall = PROGRESS_EVERY_S;

        private long samples;
        private long sent;
        private long garbageBursts;
        private long malformed;
        private long corrupted;
        private long dropped;
        private long paused;
        private int restarts;
        private long hellos;
        private long bytes;
        private boolean stopped;

        Streamer(Hints hints) {
            this.hints = hints;
        }

        @Override
        public void accept(Sample s) {
            if (stop) {
                stopped = true;
                throw new Stopped();
            }
            samples++;
            if (!begun) {
                if (first == null) {
                    first = s;
                    if (!Double.isNaN(hints.rateHz()) && hints.rateHz() > 0) {
                        begin(1.0 / hints.rateHz());
                        send(first);
                    }
                    return;
                }
                begin(s.t() - first.t());
                send(first);
            }
            send(s);
        }

        @Override
        public void finish() {
            if (finished) {
                return;
            }
            if (!begun && first != null) {
                begin(Double.isNaN(hints.rateHz()) ? 0.01 : 1.0 / hints.rateHz());
                send(first);
            }
            finished = true;
            flushOut();
        }

        /** Stopped early: what is still buffered is dropped (the port may already be closing). */
        void finishQuietly() {
            finished = true;
            buffer.truncate(0);
        }

        private void begin(double period) {
            begun = true;
            periodS = period > 0 && Double.isFinite(period) ? period : 0.01;
            gyro = first.hasGyro();
            firstT = first.t();
            origin = Math.min(0, firstT);
            lastHelloDeviceT = Double.NEGATIVE_INFINITY;
            int rate = (int) Math.max(1, Math.min(0xFFFF, Math.round(1.0 / periodS)));
            int accelRange = switch (hints.accelRangeG()) {
                case 2, 4, 8, 16 -> hints.accelRangeG();
                default -> 16;
            };
            int gyroRange = hints.gyroRangeDps() >= 125 && hints.gyroRangeDps() <= 2000 ? hints.gyroRangeDps() : 2000;
            encoder = new BinaryFrameEncoder(Hello.of(rate, accelRange, gyroRange, gyro, options.chip()));
            double duration = hints.durationS() > 0 ? hints.durationS() - firstT : Double.NaN;
            EmulatorFaults f = options.faults();
            if (f.restart()) {
                restartAt = firstT + (Double.isNaN(duration) ? 20 : 0.5 * duration);
            }
            if (f.pauseS() > 0) {
                pauseFrom = firstT + (Double.isNaN(duration) ? 10 : duration / 3);
                pauseTo = pauseFrom + f.pauseS();
            }
            say(String.format(Locale.ROOT, "sending %s at %d Hz, %s, %s%s; faults: %s", options.binary()
                            ? "binary frames" : "text lines", rate, gyro ? "with gyroscope" : "no gyroscope",
                    options.binary() ? accelRange + " g" + (gyro ? ", " + gyroRange + " deg/s" : "") : "m/s^2",
                    Double.isInfinite(options.rateX()) ? ", unpaced" : options.rateX() == 1 ? ", real time"
                            : ", " + number(options.rateX()) + "x real time", f.describe()));
            startNanos = System.nanoTime();
            announce(firstT - origin);
        }

        /** Device info and header (text) or hello (binary): at the start and after a restart. */
        private void announce(double deviceT) {
            Hello h = encoder.hello();
            if (options.binary()) {
                buffer.bytes(encoder.helloFrame(BinaryFrameEncoder.micros(deviceT)));
                lastHelloDeviceT = deviceT;
                hellos++;
                return;
            }
            buffer.ascii("# device=reptempo-sensor protocol=1 firmware=reptempo-emulator chip=" + options.chip()
                    + " rate_hz=" + h.rateHz() + " accel_range_g=" + h.accelRangeG() + " gyro_range_dps="
                    + h.gyroRangeDps() + "\n");
            try {
                textWriter = new RecordingWriter(textOut, Map.of(), gyro);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            hellos++;
        }

        private void send(Sample s) {
            double t = s.t();
            lastT = t;
            EmulatorFaults f = options.faults();
            if (!Double.isNaN(restartAt) && t >= restartAt) {
                restartAt = Double.NaN;
                origin = t;
                seq = 0;
                restarts++;
                lastHelloDeviceT = 0;
                say(String.format(Locale.ROOT, "fault: the device restarts at %.2f s (device time back to 0)",
                        t - firstT));
                announce(0);
            }
            double deviceT = t - origin;
            if (!Double.isNaN(pauseFrom) && t >= pauseFrom && t < pauseTo) {
                if (!pauseAnnounced) {
                    pauseAnnounced = true;
                    say(String.format(Locale.ROOT, "fault: nothing sent for %s s of sensor time from %.2f s",
                            number(f.pauseS()), t - firstT));
                }
                paused++;
                seq++;
                return;
            }
            pace(t);
            if (options.binary() && deviceT - lastHelloDeviceT >= HELLO_INTERVAL_S) {
                lastHelloDeviceT = deviceT;
                buffer.bytes(encoder.helloFrame(BinaryFrameEncoder.micros(deviceT)));
                hellos++;
            }
            if (f.garbage() && chance(GARBAGE_EVERY_S)) {
                garbage();
            }
            if (dropRemaining > 0) {
                dropRemaining--;
                dropped++;
                seq++;
                return;
            }
            if (f.drop() && chance(DROP_EVERY_S)) {
                dropRemaining = rng.nextInt(5);
                dropped++;
                seq++;
                return;
            }
            boolean breakIt = f.malformed() && chance(MALFORMED_EVERY_S);
            if (options.binary()) {
                long us = BinaryFrameEncoder.micros(deviceT);
                byte[] frame = encoder.sampleFrame(seq, us, s);
                seq++;
                if (breakIt) {
                    buffer.bytes(Arrays.copyOf(frame, 3 + rng.nextInt(frame.length - 3)));
                    malformed++;
                    return;
                }
                if (f.crc() && chance(CRC_EVERY_S)) {
                    int i = 3 + rng.nextInt(frame.length - 3);
                    frame[i] ^= (byte) (1 + rng.nextInt(255));
                    buffer.bytes(frame);
                    corrupted++;
                    return;
                }
                buffer.bytes(frame);
                tap.accept(encoder.quantise(us / 1e6, s));
            } else {
                Sample d = new Sample(deviceT, s.ax(), s.ay(), s.az(), s.gx(), s.gy(), s.gz());
                int mark = buffer.size();
                textWriter.accept(d);
                textWriter.flush();
                if (breakIt) {
                    breakLine(mark);
                    malformed++;
                    return;
                }
                tap.accept(printed(d));
            }
            sent++;
        }

        /** Waits until sample time t is due; flushes what is buffered before waiting. */
        private void pace(double t) {
            if (Double.isInfinite(options.rateX())) {
                if (buffer.size() >= FLUSH_BYTES) {
                    flushOut();
                }
                return;
            }
            long due = startNanos + (long) ((t - firstT) / options.rateX() * 1e9);
            long now = System.nanoTime();
            if (due - now > 200_000 || buffer.size() >= FLUSH_BYTES) {
                flushOut();
            }
            while ((now = System.nanoTime()) < due) {
                if (stop) {
                    stopped = true;
                    throw new Stopped();
                }
                LockSupport.parkNanos(Math.min(due - now, 50_000_000L));
            }
            double wall = (now - startNanos) / 1e9;
            if (wall >= nextProgressWall) {
                nextProgressWall += PROGRESS_EVERY_S;
                say(String.format(Locale.ROOT, "  %.1f s: %d samples sent, %.1f s of sensor time", wall, sent,
                        t - firstT));
            }
        }

        private boolean chance(double everyS) {
            return rng.nextDouble() < periodS / everyS;
        }

        private void garbage() {
            int n = 1 + rng.nextInt(24);
            byte[] g = new byte[n];
            for (int i = 0; i < n; i++) {
                g[i] = (byte) rng.nextInt(256);
            }
            buffer.bytes(g);
            garbageBursts++;
        }

        /** Breaks the text line that starts at mark: cut short, a field spoiled, or a field missing. */
        private void breakLine(int mark) {
            String good = buffer.asciiFrom(mark);
            String body = good.substring(0, good.length() - 1);
            String bad;
            switch (rng.nextInt(3)) {
                // Cut before the last comma, so the row always lacks a field.
                case 0 -> bad = body.substring(0, 1 + rng.nextInt(Math.max(1, body.lastIndexOf(',') - 1)));
                case 1 -> {
                    String[] fields = body.split(",");
                    int k = 1 + rng.nextInt(fields.length - 1);
                    fields[k] = "x" + fields[k].substring(1);
                    bad = String.join(",", fields);
                }
                default -> {
                    String[] fields = body.split(",");
                    int k = rng.nextInt(fields.length);
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < fields.length; i++) {
                        if (i != k) {
                            sb.append(sb.length() > 0 ? "," : "").append(fields[i]);
                        }
                    }
                    bad = sb.toString();
                }
            }
            buffer.truncate(mark);
            buffer.ascii(bad + "\n");
        }

        private void flushOut() {
            if (buffer.size() == 0) {
                return;
            }
            try {
                out.write(buffer.array(), 0, buffer.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes += buffer.size();
            buffer.truncate(0);
        }

        Summary summary() {
            double wall = begun ? (System.nanoTime() - startNanos) / 1e9 : 0;
            Summary s = new Summary(samples, sent, bytes, out.unsentBytes(), garbageBursts, malformed, corrupted,
                    dropped, paused, restarts, hellos, begun ? lastT - firstT : 0, wall, stopped);
            say((stopped ? "stopped: " : "done: ") + s.describe());
            return s;
        }
    }

    /**
     * About how many bytes a second the stream needs on the wire: frames are 17 or 23 bytes, text lines about
     * 40 characters, 70 with the gyroscope. A UART carries baud / 10 bytes a second.
     */
    public static double bytesPerSecond(boolean binary, boolean gyro, double rateHz) {
        double perSample = binary ? (gyro ? BinaryFrameEncoder.SAMPLE_GYRO_LENGTH
                : BinaryFrameEncoder.SAMPLE_ACCEL_LENGTH) + BinaryFrameEncoder.HELLO_LENGTH / rateHz
                : gyro ? 70 : 40;
        return perSample * rateHz;
    }

    /** The sample as the text line gives it back: t to 6 decimals, acceleration to 5, angular rate to 6. */
    static Sample printed(Sample s) {
        return new Sample(round(s.t(), 1e6), round(s.ax(), 1e5), round(s.ay(), 1e5), round(s.az(), 1e5),
                round(s.gx(), 1e6), round(s.gy(), 1e6), round(s.gz(), 1e6));
    }

    private static double round(double v, double scale) {
        return Double.isNaN(v) ? v : Math.round(v * scale) / scale;
    }

    private void say(String line) {
        if (log != null) {
            log.println(line);
            log.flush();
        }
    }

    /** A growable byte array. */
    private static final class Bytes {
        private byte[] data = new byte[8192];
        private int size;

        void bytes(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, data, size, b.length);
            size += b.length;
        }

        void ascii(char[] c, int off, int len) {
            ensure(len);
            for (int i = 0; i < len; i++) {
                data[size++] = (byte) c[off + i];
            }
        }

        void ascii(String s) {
            char[] c = s.toCharArray();
            ascii(c, 0, c.length);
        }

        String asciiFrom(int from) {
            return new String(data, from, size - from, StandardCharsets.US_ASCII);
        }

        void truncate(int newSize) {
            size = newSize;
        }

        int size() {
            return size;
        }

        byte[] array() {
            return data;
        }

        private void ensure(int more) {
            if (size + more > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
            }
        }
    }

    // ---- recording hints ----------------------------------------------------------------------------------

    /** The {@code # key=value} words before the header. */
    static Map<String, String> peekMetadata(Path file) throws IOException {
        Map<String, String> meta = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null && n++ < 64) {
                String s = line.strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (!s.startsWith("#")) {
                    break;
                }
                for (String word : s.substring(1).strip().split("\\s+")) {
                    int eq = word.indexOf('=');
                    if (eq > 0) {
                        meta.put(word.substring(0, eq), word.substring(eq + 1));
                    }
                }
            }
        } catch (MalformedInputException e) {
            // Not text: the reader will say what is wrong.
        }
        return meta;
    }

    /** The time of the last row, read from the end of the file; NaN when it cannot tell. */
    static double lastTime(Path file) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long length = f.length();
            int n = (int) Math.min(length, 4096);
            byte[] tail = new byte[n];
            f.seek(length - n);
            f.readFully(tail);
            String[] lines = new String(tail, StandardCharsets.UTF_8).split("\r?\n");
            for (int i = lines.length - 1; i >= 0 && i >= lines.length - 8; i--) {
                int comma = lines[i].indexOf(',');
                if (comma > 0) {
                    try {
                        return Double.parseDouble(lines[i].substring(0, comma).strip());
                    } catch (NumberFormatException e) {
                        // A header or a broken row: try the one before.
                    }
                }
            }
        } catch (IOException e) {
            // Unknown then.
        }
        return Double.NaN;
    }

    private static int intOf(String s) {
        double d = doubleOf(s);
        return Double.isNaN(d) ? 0 : (int) Math.round(d);
    }

    private static double doubleOf(String s) {
        if (s == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    // ---- serial port --------------------------------------------------------------------------------------

    /**
     * Opens a serial port for writing.
     *
     * @throws IOException with a message for the user when it cannot be opened
     */
    public static Output openPort(String path, int baud) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            throw new IOException("no such port: " + path);
        } catch (LinkageError e) {
            throw new IOException("the serial port library could not load on this system: " + e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        // Blocking writes with a timeout: a full buffer (nobody reading) returns instead of hanging.
        port.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, 100);
        if (!port.openPort()) {
            throw new IOException("cannot open " + path + ": " + SerialLink.openError(port.getLastErrorCode()));
        }
        return new PortOutput(port);
    }

    /**
     * Writes to a serial port from a thread of its own, so the pacing never waits on the port: a native write
     * can block for as long as nobody reads the other end. Chunks that do not fit the queue are counted and
     * dropped, as bytes on a cable nobody listens to would be.
     */
    private static final class PortOutput implements Output {
        private static final int QUEUE_CHUNKS = 256;
        private static final long DRAIN_NANOS = 1_000_000_000L;
        private static final long LINGER_NANOS = 250_000_000L;
        private static final byte[] END = new byte[0];

        private final SerialPort port;
        private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE_CHUNKS);
        private final Thread writer;
        private final AtomicLong unsent = new AtomicLong();
        private volatile IOException failure;
        private volatile boolean idle = true;

        PortOutput(SerialPort port) {
            this.port = port;
            this.writer = new Thread(this::drain, "reptempo-emulate-writer");
            writer.setDaemon(true);
            writer.start();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            IOException f = failure;
            if (f != null) {
                throw f;
            }
            if (!queue.offer(Arrays.copyOfRange(b, off, off + len))) {
                unsent.addAndGet(len);
            }
        }

        private void drain() {
            try {
                while (true) {
                    byte[] chunk = queue.take();
                    if (chunk == END) {
                        return;
                    }
                    idle = false;
                    int off = 0;
                    while (off < chunk.length) {
                        int n = port.writeBytes(chunk, chunk.length - off, off);
                        if (n < 0) {
                            failure = new IOException("writing to " + port.getSystemPortPath()
                                    + " failed: the port is gone");
                            return;
                        }
                        off += n;
                        if (n == 0) {
                            LockSupport.parkNanos(1_000_000L);
                        }
                    }
                    idle = queue.isEmpty();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public long unsentBytes() {
            return unsent.get();
        }

        /**
         * Lets the last bytes leave first: closing flushes (discards) what the driver still holds, and a
         * pseudo-terminal reports an empty queue while the other side has not read it yet, hence the linger.
         */
        @Override
        public void close() {
            long giveUp = System.nanoTime() + DRAIN_NANOS;
            while ((!queue.isEmpty() || !idle || port.bytesAwaitingWrite() > 0) && System.nanoTime() < giveUp
                    && failure == null) {
                LockSupport.parkNanos(5_000_000L);
            }
            for (byte[] left : queue) {
                unsent.addAndGet(left.length);
            }
            queue.clear();
            queue.offer(END);
            LockSupport.parkNanos(LINGER_NANOS);
            port.closePort();
        }
    }
}
