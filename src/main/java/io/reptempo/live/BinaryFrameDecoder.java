package io.reptempo.live;

import static io.reptempo.live.BinaryFrameEncoder.SYNC_0;
import static io.reptempo.live.BinaryFrameEncoder.SYNC_1;
import static io.reptempo.live.BinaryFrameEncoder.TYPE_HELLO;
import static io.reptempo.live.BinaryFrameEncoder.TYPE_SAMPLE_GYRO;

import io.reptempo.sensor.Sample;
import io.reptempo.sensor.SampleSink;
import java.util.Objects;

/**
 * Push-based decoder of the binary wire protocol (firmware-notes/PROTOCOL.md, section 4): feed it bytes in
 * chunks of any size and it pushes {@link Sample}s to a sink. It scans for the sync bytes, takes the frame
 * length from the type, checks the CRC, resynchronises after garbage or a broken frame (a failed candidate
 * costs one byte of scanning, so the frame after it is never lost), counts samples lost to sequence gaps (with
 * the u16 wrap) and unwraps the u32 microsecond device time with the hello's wrap count.
 *
 * <p>Sample times are the device's own clock in seconds since its start-up: strictly increasing while the
 * device runs. When the device restarts (a hello or a sample whose time goes back) the time goes back too and
 * {@link #restarts()} counts it; {@link ContinuousClock} turns that into one continuous timeline. Sample frames
 * before the first valid hello cannot be converted (the hello gives the sensitivities) and are only counted.
 * Not thread-safe: feed it from one thread.
 */
public final class BinaryFrameDecoder {

    /** Hears about hello frames and unusable ones; every method optional. */
    public interface Listener {
        /** A valid hello arrived; {@code changed} when it differs from the one before (or is the first). */
        default void onHello(Hello hello, boolean changed) {
        }

        /** The sensor says something this host cannot use, e.g. another protocol version. */
        default void onProblem(String message) {
        }
    }

    private static final int BUFFER_BYTES = 4096;
    private static final long HALF_RANGE_US = 1L << 31;

    private final SampleSink sink;
    private final Listener listener;
    private final byte[] buf = new byte[BUFFER_BYTES];
    private int count;

    private Hello hello;
    private String lastProblem;

    // Device time (PROTOCOL.md 4.9): the last hello's, and the last sample's, unwrapped.
    private boolean haveHelloTime;
    private long helloExtUs;
    private long helloTUs;
    private boolean haveSample;
    private long lastExtUs;
    private long lastTUs;
    private boolean haveSeq;
    private int lastSeq;

    // Counters.
    private long bytes;
    private long frames;
    private long helloFrames;
    private long samples;
    private long crcErrors;
    private long droppedSamples;
    private long garbageBytes;
    private long waitingForHello;
    private long restarts;
    private long rejectedSamples;

    public BinaryFrameDecoder(SampleSink sink) {
        this(sink, new Listener() {
        });
    }

    public BinaryFrameDecoder(SampleSink sink, Listener listener) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Takes the next bytes of the stream; frames may be split anywhere across calls. The array is not kept. */
    public void accept(byte[] data, int off, int len) {
        Objects.checkFromIndexSize(off, len, data.length);
        bytes += len;
        while (len > 0) {
            int n = Math.min(len, buf.length - count);
            System.arraycopy(data, off, buf, count, n);
            count += n;
            off += n;
            len -= n;
            parse();
        }
    }

    /**
     * A new connection: a partly received frame is dropped (counted as garbage) and the next sample starts a
     * new sequence (no gap is counted across the break). The hello and the device clock are kept: a sensor
     * that did not restart goes on where it was, one that did restart is recognised by its clock.
     */
    public void connectionReset() {
        garbageBytes += count;
        count = 0;
        haveSeq = false;
    }

    /** The end of the stream: bytes of an unfinished frame count as garbage; the sink's finish is called. */
    public void finish() {
        garbageBytes += count;
        count = 0;
        sink.finish();
    }

    // ---- framing ------------------------------------------------------------------------------------------

    private void parse() {
        int p = 0;
        while (true) {
            int s = p;
            while (s + 1 < count && !(buf[s] == (byte) SYNC_0 && buf[s + 1] == (byte) SYNC_1)) {
                s++;
            }
            if (s + 1 >= count) {
                // No complete sync: keep a trailing first sync byte, the rest is garbage.
                int keep = count > p && buf[count - 1] == (byte) SYNC_0 ? 1 : 0;
                garbageBytes += count - p - keep;
                p = count - keep;
                break;
            }
            garbageBytes += s - p;
            p = s;
            int r = frameAt(p);
            if (r == 0) {
                break;
            }
            if (r < 0) {
                garbageBytes++;
                p++;
            } else {
                p += r;
            }
        }
        if (p > 0) {
            System.arraycopy(buf, p, buf, 0, count - p);
            count -= p;
        }
    }

    /** Handles the frame whose sync is at p: its length when done, 0 when more bytes are needed, -1 if none. */
    private int frameAt(int p) {
        int avail = count - p;
        if (avail < 3) {
            return 0;
        }
        int type = buf[p + 2] & 0xFF;
        int length = BinaryFrameEncoder.frameLength(type);
        if (length == 0) {
            return -1;
        }
        if (avail < length) {
            return 0;
        }
        if (!crcOk(buf, p, length)) {
            crcErrors++;
            return -1;
        }
        frames++;
        if (type == TYPE_HELLO) {
            helloFrames++;
            hello(p);
        } else if (hello == null) {
            waitingForHello++;
        } else {
            sample(p, type == TYPE_SAMPLE_GYRO);
        }
        return length;
    }

    private static boolean crcOk(byte[] b, int p, int length) {
        int crc = Crc16.compute(b, p + 2, length - 4);
        int sent = (b[p + length - 2] & 0xFF) | (b[p + length - 1] & 0xFF) << 8;
        return crc == sent;
    }

    /**
     * Whether a complete frame with a valid CRC starts at {@code off}: its length, 0 when more bytes are
     * needed to tell, -1 when it is not a frame. For mode detection.
     */
    static int probe(byte[] b, int off, int len) {
        if (len < 2) {
            return 0;
        }
        if (b[off] != (byte) SYNC_0 || b[off + 1] != (byte) SYNC_1) {
            return -1;
        }
        if (len < 3) {
            return 0;
        }
        int length = BinaryFrameEncoder.frameLength(b[off + 2] & 0xFF);
        if (length == 0) {
            return -1;
        }
        if (len < length) {
            return 0;
        }
        return crcOk(b, off, length) ? length : -1;
    }

    // ---- frames -------------------------------------------------------------------------------------------

    private void hello(int p) {
        int i = p + 3;
        boolean magic = true;
        for (int k = 0; k < BinaryFrameEncoder.MAGIC.length; k++) {
            magic &= buf[i + k] == BinaryFrameEncoder.MAGIC[k];
        }
        if (!magic) {
            problem("unsupported sensor protocol: a hello frame without the REPT magic");
            return;
        }
        int version = buf[i + 4] & 0xFF;
        boolean gyro = (buf[i + 5] & 1) != 0;
        int rate = u16(i + 6);
        int accelRange = buf[i + 8] & 0xFF;
        int gyroRange = u16(i + 9);
        long accelSens = u32(i + 11);
        long gyroSens = u32(i + 15);
        long tUs = u32(i + 19);
        long wraps = u32(i + 23);
        StringBuilder chip = new StringBuilder(Hello.MAX_CHIP_CHARS);
        for (int k = 0; k < Hello.MAX_CHIP_CHARS; k++) {
            int c = buf[i + 27 + k] & 0xFF;
            if (c == 0) {
                break;
            }
            chip.append(c >= 0x20 && c <= 0x7E ? (char) c : '?');
        }
        Hello h = new Hello(version, gyro, rate, accelRange, gyroRange, accelSens, gyroSens, tUs, wraps,
                chip.toString());
        String problem = h.problem();
        if (problem != null) {
            problem(problem);
            return;
        }
        lastProblem = null;
        long ext = h.deviceMicros();
        if (haveSample && ext < lastExtUs) {
            // The device restarted: its clock is behind the last sample's.
            restart();
        }
        haveHelloTime = true;
        helloExtUs = ext;
        helloTUs = tUs;
        boolean changed = !h.sameSettings(hello);
        hello = h;
        listener.onHello(h, changed);
    }

    private void problem(String message) {
        if (!message.equals(lastProblem)) {
            lastProblem = message;
            listener.onProblem(message);
        }
    }

    /** A new run of the device clock: no sample before it, no sequence to continue. */
    private void restart() {
        restarts++;
        haveSample = false;
        haveSeq = false;
    }

    private void sample(int p, boolean gyroFrame) {
        int seq = u16(p + 3);
        long tUs = u32(p + 5);
        long ext;
        if (haveSample) {
            long step = (tUs - lastTUs) & 0xFFFFFFFFL;
            if (step == 0) {
                // The same instant again (a repeated frame): nothing new, and the engine needs time to move on.
                rejectedSamples++;
                return;
            }
            if (step < HALF_RANGE_US) {
                ext = lastExtUs + step;
            } else {
                // Time went back without a hello saying so: a restart all the same.
                restart();
                ext = tUs;
            }
        } else if (haveHelloTime) {
            // The first sample of a run: measured from the hello, which may have been sent just after it.
            ext = Math.max(0, helloExtUs + (int) (tUs - helloTUs));
        } else {
            ext = tUs;
        }
        if (haveSeq) {
            droppedSamples += gap(seq, ext - lastExtUs);
        }
        haveSample = true;
        lastExtUs = ext;
        lastTUs = tUs;
        haveSeq = true;
        lastSeq = seq;

        double t = ext / 1e6;
        int i = p + 9;
        double ax = hello.accel(i16(i));
        double ay = hello.accel(i16(i + 2));
        double az = hello.accel(i16(i + 4));
        Sample s;
        if (gyroFrame) {
            s = new Sample(t, ax, ay, az, hello.gyro(i16(i + 6)), hello.gyro(i16(i + 8)), hello.gyro(i16(i + 10)));
        } else {
            s = Sample.accel(t, ax, ay, az);
        }
        samples++;
        sink.accept(s);
    }

    /** Samples lost between the last frame and this one, from the sequence numbers (and the time, past a wrap). */
    private long gap(int seq, long elapsedUs) {
        long seqGap = (seq - lastSeq - 1) & 0xFFFF;
        if (seqGap == 0xFFFF) {
            // The previous number again: no gap to speak of.
            return 0;
        }
        if (hello.rateHz() > 0) {
            // A gap longer than the sequence counter's wrap: the time says how many whole wraps were lost.
            long timeGap = Math.round(elapsedUs * hello.rateHz() / 1e6) - 1;
            if (timeGap > 0x8000) {
                long wraps = Math.round((timeGap - seqGap) / 65536.0);
                return seqGap + Math.max(0, wraps) * 0x10000;
            }
        }
        return seqGap;
    }

    private int u16(int i) {
        return (buf[i] & 0xFF) | (buf[i + 1] & 0xFF) << 8;
    }

    private int i16(int i) {
        return (short) u16(i);
    }

    private long u32(int i) {
        return (buf[i] & 0xFFL) | (buf[i + 1] & 0xFFL) << 8 | (buf[i + 2] & 0xFFL) << 16 | (buf[i + 3] & 0xFFL) << 24;
    }

    // ---- state --------------------------------------------------------------------------------------------

    /** The last valid hello, or null before the first. */
    public Hello hello() {
        return hello;
    }

    /** Bytes fed so far. */
    public long bytes() {
        return bytes;
    }

    /** Frames with a valid CRC, of any type. */
    public long frames() {
        return frames;
    }

    public long helloFrames() {
        return helloFrames;
    }

    /** Samples passed to the sink. */
    public long samples() {
        return samples;
    }

    /** Candidate frames whose CRC did not match; each was dropped. */
    public long crcErrors() {
        return crcErrors;
    }

    /** Samples missing from the sequence numbers (gaps), including the ones lost to CRC errors. */
    public long droppedSamples() {
        return droppedSamples;
    }

    /** Bytes skipped outside valid frames: noise between frames and the bytes of broken frames. */
    public long garbageBytes() {
        return garbageBytes;
    }

    /** Valid sample frames that came before any hello and so could not be converted. */
    public long waitingForHello() {
        return waitingForHello;
    }

    /** Times the device clock went back (not a wrap): the sensor restarted. */
    public long restarts() {
        return restarts;
    }

    /** Valid sample frames with the same time as the one before (repeated frames); dropped. */
    public long rejectedSamples() {
        return rejectedSamples;
    }
}
