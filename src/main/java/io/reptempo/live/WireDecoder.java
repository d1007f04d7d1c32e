package io.reptempo.live;

import io.reptempo.sensor.ReadReport;
import io.reptempo.sensor.ReaderOptions;
import io.reptempo.sensor.RecordingFormatException;
import io.reptempo.sensor.RecordingParser;
import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import io.reptempo.sensor.SkipReason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns the bytes of a serial stream into samples, whatever the sensor speaks: it detects text or binary mode
 * from the first bytes and delegates, text to the recording parser ({@link RecordingParser}, the same one that
 * reads files) and binary to {@link BinaryFrameDecoder}. Samples go through a {@link ContinuousClock}, so the
 * sink sees strictly increasing time even when the device restarts, then to the sink.
 *
 * <p>Mode detection needs one complete piece of evidence: a valid frame (sync bytes, CRC) means binary; a
 * complete header line, {@code #} line, or CSV row of 4 or 7 numbers means text. Bytes before it are counted
 * as garbage. A stream joined in the middle works in both modes: binary resynchronises on the next frame, and
 * text without a header gets the protocol's header ({@code t,ax,ay,az} or with {@code gx,gy,gz}, from the number
 * of fields) once a whole row has been seen.
 *
 * <p>Thread-safe: one thread feeds it (the serial reader); others may call {@link #stats()} at any time. The sink
 * and listener are called on the feeding thread, in stream order, while the decoder's lock is held.
 */
public final class WireDecoder {

    /** Hears about the stream itself; every method optional. */
    public interface Listener {
        /** The mode was found (again after each {@link #connectionReset()}). */
        default void onMode(WireMode mode) {
        }

        /** The sensor described itself (a new or changed hello, or a {@code #} line in text mode). */
        default void onDeviceInfo(String description) {
        }

        /** The device clock went back; the timeline goes on (see {@link ContinuousClock}). */
        default void onDeviceRestart(ContinuousClock.Restart restart) {
        }

        /** The sensor sends something that cannot be used, e.g. acceleration in g or an unknown protocol. */
        default void onProblem(String message) {
        }
    }

    /** Bytes kept while the mode is unknown; past this the oldest half is dropped as garbage. */
    static final int DETECT_BUFFER = 4096;
    /** Longer text lines are not rows; they are dropped and counted as skipped. */
    static final int MAX_LINE_CHARS = 4096;
    /** Rows in a row refused for going back in time before the text decoder assumes a restart it missed. */
    static final int STUCK_ROWS = 25;
    private static final String HEADER_ACCEL = "t,ax,ay,az";
    private static final String HEADER_GYRO = "t,ax,ay,az,gx,gy,gz";
    private static final double RATE_WINDOW_S = 1.0;
    private static final int RATE_RING = 1 << 13;

    private final SampleSink sink;
    private final Listener listener;
    private final ContinuousClock clock;
    private final BinaryFrameDecoder binary;

    private WireMode mode = WireMode.DETECTING;
    private boolean finished;
    private long bytes;
    private long detectGarbage;

    // Detection.
    private byte[] pending = new byte[DETECT_BUFFER];
    private int pendingCount;
    /**
     * Whether pending[0] is known to start a line (it followed a newline). At the stream start or after a
     * reconnection it may be the middle of a row, so only a header or comment line counts there.
     */
    private boolean pendingStartKnown;

    // Text mode.
    private final char[] line = new char[MAX_LINE_CHARS + 1];
    private int lineLength;
    private boolean lineTooLong;
    private RecordingParser parser;
    private List<String> lastColumns = List.of();
    private long endedRows;
    private long endedSkipped;
    private long preHeaderSkipped;
    private long lastTimeSkips;
    private int rowsWithoutSample;
    private long samplesAtLastLine;
    private String textDevice = "";
    private double textRateHz = Double.NaN;

    // Samples after the clock.
    private long samples;
    /** Text lines that decoded but carry no sample: '#' device lines and column headers. */
    private long infoLines;
    private final double[] times = new double[RATE_RING];
    private int timesNext;
    private String problem;

    public WireDecoder(SampleSink sink) {
        this(sink, new Listener() {
        });
    }

    public WireDecoder(SampleSink sink, Listener listener) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.listener = Objects.requireNonNull(listener, "listener");
        SampleSink counted = new SampleSink() {
            @Override
            public void accept(Sample s) {
                passOn(s);
            }

            @Override
            public void finish() {
                sink.finish();
            }
        };
        this.clock = new ContinuousClock(counted, listener::onDeviceRestart);
        this.binary = new BinaryFrameDecoder(clock::accept, new BinaryFrameDecoder.Listener() {
            @Override
            public void onHello(Hello hello, boolean changed) {
                if (changed) {
                    listener.onDeviceInfo(hello.describe());
                }
            }

            @Override
            public void onProblem(String message) {
                problem(message);
            }
        });
    }

    /**
     * Takes the next bytes from the wire, in chunks of any size. The array is not kept. Bytes that arrive after
     * {@link #finish()} (a reader still running while the link closes) are ignored.
     */
    public synchronized void accept(byte[] data, int off, int len) {
        Objects.checkFromIndexSize(off, len, data.length);
        if (finished) {
            return;
        }
        bytes += len;
        switch (mode) {
            case BINARY -> binary.accept(data, off, len);
            case TEXT -> text(data, off, len);
            default -> detect(data, off, len);
        }
    }

    /**
     * The connection broke and came back: whatever was half received is dropped, and the mode is detected
     * again (the sensor may have restarted, even in another mode). Counters, the binary hello and the
     * timeline are kept.
     */
    public synchronized void connectionReset() {
        if (finished) {
            return;
        }
        if (mode == WireMode.BINARY) {
            binary.connectionReset();
        } else if (mode == WireMode.TEXT) {
            endTextSession();
            if (lineLength > 0 || lineTooLong) {
                preHeaderSkipped++;
            }
            lineLength = 0;
            lineTooLong = false;
        }
        detectGarbage += nonBlank(pending, 0, pendingCount);
        pendingCount = 0;
        pendingStartKnown = false;
        mode = WireMode.DETECTING;
    }

    /**
     * The end of the stream: a text row still held for the units check is released, and the sink's
     * {@link SampleSink#finish()} is called once. Further calls do nothing.
     */
    public synchronized void finish() {
        if (finished) {
            return;
        }
        if (mode == WireMode.TEXT) {
            if (lineLength > 0 && !lineTooLong) {
                textLine();
            }
            endTextSession();
        } else if (mode == WireMode.DETECTING) {
            detectGarbage += nonBlank(pending, 0, pendingCount);
            pendingCount = 0;
        }
        finished = true;
        binary.finish();
        clock.finish();
    }

    public synchronized WireMode mode() {
        return mode;
    }

    /** Samples passed to the sink so far (cheaper than {@link #stats()}). */
    public synchronized long sampleCount() {
        return samples;
    }

    /** Text lines that decoded without being samples ('#' lines, headers): a sensor talking at the right baud. */
    public synchronized long infoLineCount() {
        return infoLines;
    }

    /** Valid binary frames so far (cheaper than {@link #stats()}). */
    public synchronized long frameCount() {
        return binary.frames();
    }

    /** The last problem reported, or null. */
    public synchronized String problem() {
        return problem;
    }

    /** A snapshot of the counters; cheap enough for a status line a few times a second. */
    public synchronized LinkStats stats() {
        long textRows = endedRows;
        long skipped = endedSkipped + preHeaderSkipped;
        if (parser != null) {
            ReadReport r = parser.report();
            textRows += r.totalRows();
            skipped += r.skippedRows();
        }
        textRows += preHeaderSkipped;
        Hello hello = binary.hello();
        double nominal = mode == WireMode.BINARY && hello != null ? hello.rateHz() : textRateHz;
        String device = mode == WireMode.BINARY && hello != null ? hello.describe() : textDevice;
        return new LinkStats(mode, bytes, samples, textRows, skipped, binary.frames(), binary.crcErrors(),
                binary.droppedSamples(), detectGarbage + binary.garbageBytes(), binary.waitingForHello(),
                clock.restarts(), measuredRate(), nominal, device, clock.lastT(), clock.restartList(), problem);
    }

    // ---- samples ------------------------------------------------------------------------------------------

    private void passOn(Sample s) {
        samples++;
        times[timesNext] = s.t();
        timesNext = (timesNext + 1) & (RATE_RING - 1);
        sink.accept(s);
    }

    private double measuredRate() {
        int n = (int) Math.min(samples, RATE_RING);
        if (n < 2) {
            return Double.NaN;
        }
        int newest = (timesNext - 1) & (RATE_RING - 1);
        double last = times[newest];
        int k = 1;
        double first = last;
        while (k < n) {
            double t = times[(newest - k) & (RATE_RING - 1)];
            if (t < last - RATE_WINDOW_S) {
                break;
            }
            first = t;
            k++;
        }
        if (k < 2 || !(last > first)) {
            return Double.NaN;
        }
        return (k - 1) / (last - first);
    }

    private void problem(String message) {
        if (!message.equals(problem)) {
            problem = message;
            listener.onProblem(message);
        }
    }

    // ---- detection ----------------------------------------------------------------------------------------

    private void detect(byte[] data, int off, int len) {
        while (len > 0 && mode == WireMode.DETECTING) {
            if (pendingCount == pending.length) {
                // No evidence in a full buffer: drop the older half (it cannot start anything found later).
                int drop = pending.length / 2;
                detectGarbage += nonBlank(pending, 0, drop);
                pendingStartKnown = pending[drop - 1] == '\n';
                System.arraycopy(pending, drop, pending, 0, pendingCount - drop);
                pendingCount -= drop;
            }
            int n = Math.min(len, pending.length - pendingCount);
            System.arraycopy(data, off, pending, pendingCount, n);
            pendingCount += n;
            off += n;
            len -= n;
            int start = findStart();
            if (start >= 0) {
                detectGarbage += nonBlank(pending, 0, start);
                byte[] rest = new byte[pendingCount - start];
                System.arraycopy(pending, start, rest, 0, rest.length);
                pendingCount = 0;
                listener.onMode(mode);
                if (mode == WireMode.BINARY) {
                    binary.accept(rest, 0, rest.length);
                } else {
                    text(rest, 0, rest.length);
                }
            }
        }
        if (len > 0) {
            // The rest of the chunk after the mode was decided.
            if (mode == WireMode.BINARY) {
                binary.accept(data, off, len);
            } else {
                text(data, off, len);
            }
        }
    }

    /**
     * Looks through the pending bytes for the first place a frame or a text line starts; sets the mode and
     * returns the position, or -1 when there is no decision yet.
     */
    private int findStart() {
        byte[] b = pending;
        int n = pendingCount;
        for (int i = 0; i < n; i++) {
            if (b[i] == (byte) BinaryFrameEncoder.SYNC_0) {
                int r = BinaryFrameDecoder.probe(b, i, n - i);
                if (r > 0) {
                    mode = WireMode.BINARY;
                    return i;
                }
                if (r == 0) {
                    // An unfinished frame: wait for the rest before looking further.
                    return -1;
                }
                continue;
            }
            if (i > 0 && b[i - 1] != '\n') {
                continue;
            }
            int end = i;
            while (end < n && b[end] != '\n') {
                end++;
            }
            if (end == n) {
                // An unfinished line; frames may still start inside it, so keep looking.
                continue;
            }
            if (textEvidence(b, i, end, i > 0 || pendingStartKnown)) {
                mode = WireMode.TEXT;
                return i;
            }
        }
        return -1;
    }

    /** Bytes that are not blank lines or spaces: what counts as garbage before the mode is known. */
    private static int nonBlank(byte[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c != '\n' && c != '\r' && c != ' ' && c != '\t') {
                n++;
            }
        }
        return n;
    }

    /** Whether bytes [from, to) (no newline) are a line of the text protocol. */
    private static boolean textEvidence(byte[] b, int from, int to, boolean numericCounts) {
        if (to > from && b[to - 1] == '\r') {
            to--;
        }
        int i = from;
        while (i < to && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        if (i == to) {
            return false;
        }
        for (int k = i; k < to; k++) {
            if (b[k] < 0x20 && b[k] != '\t' || b[k] > 0x7E) {
                return false;
            }
        }
        String s = new String(b, i, to - i, StandardCharsets.US_ASCII);
        if (s.charAt(0) == '#') {
            return true;
        }
        if (looksLikeHeader(s)) {
            return true;
        }
        return numericCounts && numericFields(s) > 0;
    }

    // ---- text mode ----------------------------------------------------------------------------------------

    private void text(byte[] data, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            char c = (char) (data[i] & 0xFF);
            if (c == '\n') {
                if (lineTooLong) {
                    lineTooLong = false;
                    if (parser != null) {
                        endedSkipped++;
                        endedRows++;
                    } else {
                        preHeaderSkipped++;
                    }
                } else {
                    textLine();
                }
                lineLength = 0;
            } else if (!lineTooLong) {
                if (lineLength == MAX_LINE_CHARS) {
                    lineTooLong = true;
                    lineLength = 0;
                } else {
                    line[lineLength++] = c;
                }
            }
        }
    }

    /** One complete line (without its newline) in {@link #line}. */
    private void textLine() {
        int to = lineLength;
        if (to > 0 && line[to - 1] == '\r') {
            to--;
        }
        int from = 0;
        while (from < to && (line[from] == ' ' || line[from] == '\t')) {
            from++;
        }
        if (from == to) {
            return;
        }
        if (line[from] == '#') {
            infoLines++;
            deviceLine(new String(line, from + 1, to - from - 1).strip());
            return;
        }
        if (parser == null) {
            String s = new String(line, from, to - from);
            if (looksLikeHeader(s)) {
                infoLines++;
                startSession(null);
            } else {
                int fields = numericFields(s);
                if (fields == 0) {
                    preHeaderSkipped++;
                    return;
                }
                // Joined mid-stream: the protocol's header for this many fields.
                startSession(lastColumns.size() == fields ? String.join(",", lastColumns)
                        : fields == 7 ? HEADER_GYRO : HEADER_ACCEL);
            }
            if (parser == null) {
                return;
            }
        }
        line[to] = '\n';
        try {
            parser.accept(line, 0, to + 1);
        } catch (RecordingFormatException e) {
            sessionFailed(e);
            return;
        }
        watchForMissedRestart();
    }

    private void startSession(String assumedHeader) {
        parser = new RecordingParser(ReaderOptions.defaults(), clock::accept);
        lastTimeSkips = 0;
        rowsWithoutSample = 0;
        samplesAtLastLine = samples;
        if (assumedHeader != null) {
            char[] h = (assumedHeader + "\n").toCharArray();
            try {
                parser.accept(h, 0, h.length);
            } catch (RecordingFormatException e) {
                sessionFailed(e);
            }
        }
    }

    /**
     * A device that restarted while its header was lost sends rows whose time is before the last one; the
     * parser refuses them all. After {@link #STUCK_ROWS} such rows in a row, a new session takes them as the
     * start of a new device run.
     */
    private void watchForMissedRestart() {
        if (samples != samplesAtLastLine) {
            samplesAtLastLine = samples;
            rowsWithoutSample = 0;
            return;
        }
        if (++rowsWithoutSample < STUCK_ROWS) {
            return;
        }
        rowsWithoutSample = 0;
        ReadReport r = parser.report();
        long timeSkips = r.skipped(SkipReason.TIME_NOT_INCREASING);
        // Allow a couple of other bad rows among them, such as the garbled header itself.
        if (timeSkips - lastTimeSkips >= STUCK_ROWS - 2) {
            List<String> columns = r.columns();
            endTextSession();
            startSession(String.join(",", columns));
            return;
        }
        lastTimeSkips = timeSkips;
    }

    /** Ends the parser session, releasing samples it still holds for its units check. */
    private void endTextSession() {
        if (parser == null) {
            return;
        }
        RecordingParser p = parser;
        parser = null;
        ReadReport r = p.report();
        lastColumns = r.columns();
        endedRows += r.totalRows();
        endedSkipped += r.skippedRows();
        if (r.acceptedRows() > 0) {
            try {
                p.finish();
            } catch (RecordingFormatException e) {
                problem(e.getMessage());
            } catch (IllegalStateException e) {
                // Already failed: its problem was reported then.
            }
        }
    }

    private void sessionFailed(RecordingFormatException e) {
        problem(e.getMessage());
        RecordingParser p = parser;
        parser = null;
        if (p != null) {
            ReadReport r = p.report();
            lastColumns = r.columns();
            endedRows += r.totalRows();
            // The rows held for the units check are lost with the session.
            endedSkipped += r.totalRows();
        }
    }

    /**
     * A {@code # ...} line: device information ({@code device=reptempo-sensor protocol=1 ... rate_hz=400}) or a
     * note.
     */
    private void deviceLine(String text) {
        for (String word : text.split("\\s+")) {
            int eq = word.indexOf('=');
            if (eq > 0 && word.substring(0, eq).equals("protocol") && !word.substring(eq + 1).equals("1")) {
                problem("unsupported sensor protocol version " + word.substring(eq + 1)
                        + "; this reptempo understands version 1 (update reptempo or the sensor firmware)");
            }
            if (eq > 0 && word.substring(0, eq).equals("rate_hz")) {
                try {
                    double r = Double.parseDouble(word.substring(eq + 1));
                    if (r > 0 && Double.isFinite(r)) {
                        textRateHz = r;
                    }
                } catch (NumberFormatException e) {
                    // Not a rate: the line stays a note.
                }
            }
        }
        if (text.contains("device=") || text.contains("rate_hz=") || text.contains("chip=")) {
            if (!text.equals(textDevice)) {
                textDevice = text;
                listener.onDeviceInfo(text);
            }
        }
    }

    /** Whether a line names at least the columns t, ax, ay, az. */
    static boolean looksLikeHeader(String s) {
        boolean t = false;
        boolean ax = false;
        boolean ay = false;
        boolean az = false;
        for (String field : s.split(",", -1)) {
            switch (field.strip().toLowerCase(Locale.ROOT)) {
                case "t" -> t = true;
                case "ax" -> ax = true;
                case "ay" -> ay = true;
                case "az" -> az = true;
                default -> {
                }
            }
        }
        return t && ax && ay && az;
    }

    /** The number of fields of a row of 4 or 7 finite numbers, else 0. */
    static int numericFields(String s) {
        String[] fields = s.split(",", -1);
        if (fields.length != 4 && fields.length != 7) {
            return 0;
        }
        for (String f : fields) {
            String v = f.strip();
            if (v.isEmpty()) {
                return 0;
            }
            char c = v.charAt(0);
            if (!(c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'))) {
                return 0;
            }
            try {
                if (!Double.isFinite(Double.parseDouble(v))) {
                    return 0;
                }
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return fields.length;
    }
}
