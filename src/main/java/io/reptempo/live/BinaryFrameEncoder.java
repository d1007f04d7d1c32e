package io.reptempo.live;

import io.reptempo.sensor.Sample;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Builds binary wire-protocol frames (firmware-notes/PROTOCOL.md, section 4): {@code A5 5A}, a type byte, a
 * fixed-length body for that type, and the CRC-16/CCITT-FALSE of type and body, little-endian. Hello frames
 * (type 0x01, 48 bytes) announce the sensor; sample frames carry a sequence number, the device time in
 * microseconds and raw counts at the hello's sensitivities: type 0x02 (17 bytes) accelerometer only, type 0x03
 * (23 bytes) with gyroscope. Used by the emulator and the tests; a sensor's firmware does the same.
 */
public final class BinaryFrameEncoder {

    public static final int SYNC_0 = 0xA5;
    public static final int SYNC_1 = 0x5A;
    public static final int TYPE_HELLO = 0x01;
    public static final int TYPE_SAMPLE_ACCEL = 0x02;
    public static final int TYPE_SAMPLE_GYRO = 0x03;
    public static final int HELLO_LENGTH = 48;
    public static final int SAMPLE_ACCEL_LENGTH = 17;
    public static final int SAMPLE_GYRO_LENGTH = 23;
    /** The hello's magic bytes, ASCII {@code REPT}. */
    static final byte[] MAGIC = {'R', 'E', 'P', 'T'};
    /** Device time wraps after 2^32 microseconds (about 71.6 minutes). */
    public static final long TIME_WRAP_US = 1L << 32;

    private final Hello hello;

    public BinaryFrameEncoder(Hello hello) {
        this.hello = Objects.requireNonNull(hello, "hello");
        String problem = hello.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public Hello hello() {
        return hello;
    }

    /** The frame length of a type, or 0 for a reserved type. */
    public static int frameLength(int type) {
        return switch (type) {
            case TYPE_HELLO -> HELLO_LENGTH;
            case TYPE_SAMPLE_ACCEL -> SAMPLE_ACCEL_LENGTH;
            case TYPE_SAMPLE_GYRO -> SAMPLE_GYRO_LENGTH;
            default -> 0;
        };
    }

    /** This encoder's hello frame, stamped with the device time it is sent at. */
    public byte[] helloFrame(long deviceMicros) {
        return helloFrame(hello.at(deviceMicros));
    }

    /** A hello frame for any hello (also invalid ones, for tests of the host's checks). */
    public static byte[] helloFrame(Hello h) {
        byte[] chip = h.chip().getBytes(StandardCharsets.US_ASCII);
        byte[] f = new byte[HELLO_LENGTH];
        int i = header(f, TYPE_HELLO);
        System.arraycopy(MAGIC, 0, f, i, MAGIC.length);
        i += MAGIC.length;
        f[i++] = (byte) h.version();
        f[i++] = (byte) (h.hasGyro() ? 1 : 0);
        i = u16(f, i, h.rateHz());
        f[i++] = (byte) h.accelRangeG();
        i = u16(f, i, h.gyroRangeDps());
        i = u32(f, i, h.accelSensNg());
        i = u32(f, i, h.gyroSensNdps());
        i = u32(f, i, h.tUs());
        i = u32(f, i, h.tWraps());
        // The chip name, NUL-padded to 16 bytes.
        System.arraycopy(chip, 0, f, i, chip.length);
        seal(f);
        return f;
    }

    /**
     * A sample frame for {@code s} at the hello's sensitivities (counts rounded to nearest and clamped); type
     * 0x03 with the gyroscope when the hello says so, else 0x02.
     *
     * @param seq    sequence number; only its low 16 bits are sent
     * @param timeUs device time in microseconds; only its low 32 bits are sent
     */
    public byte[] sampleFrame(int seq, long timeUs, Sample s) {
        int ax = hello.accelCount(s.ax());
        int ay = hello.accelCount(s.ay());
        int az = hello.accelCount(s.az());
        if (!hello.hasGyro()) {
            return sampleFrame(seq, timeUs, ax, ay, az, null);
        }
        return sampleFrame(seq, timeUs, ax, ay, az,
                new int[] {hello.gyroCount(s.gx()), hello.gyroCount(s.gy()), hello.gyroCount(s.gz())});
    }

    /** A sample frame from raw counts; {@code gyro} null for an accelerometer-only frame (type 0x02). */
    public static byte[] sampleFrame(int seq, long timeUs, int ax, int ay, int az, int[] gyro) {
        byte[] f = new byte[gyro == null ? SAMPLE_ACCEL_LENGTH : SAMPLE_GYRO_LENGTH];
        int i = header(f, gyro == null ? TYPE_SAMPLE_ACCEL : TYPE_SAMPLE_GYRO);
        i = u16(f, i, seq);
        i = u32(f, i, timeUs);
        i = u16(f, i, ax);
        i = u16(f, i, ay);
        i = u16(f, i, az);
        if (gyro != null) {
            for (int g : gyro) {
                i = u16(f, i, g);
            }
        }
        seal(f);
        return f;
    }

    /**
     * Exactly the sample a host decodes from {@link #sampleFrame(int, long, Sample)}, with the time it is given
     * here (the host adds its own unwrapping and restart offsets).
     */
    public Sample quantise(double t, Sample s) {
        double ax = hello.accel(hello.accelCount(s.ax()));
        double ay = hello.accel(hello.accelCount(s.ay()));
        double az = hello.accel(hello.accelCount(s.az()));
        if (!hello.hasGyro()) {
            return Sample.accel(t, ax, ay, az);
        }
        return new Sample(t, ax, ay, az, hello.gyro(hello.gyroCount(s.gx())), hello.gyro(hello.gyroCount(s.gy())),
                hello.gyro(hello.gyroCount(s.gz())));
    }

    /** Seconds to whole microseconds, as a device clock counts them. */
    public static long micros(double seconds) {
        return Math.round(seconds * 1e6);
    }

    private static int header(byte[] f, int type) {
        f[0] = (byte) SYNC_0;
        f[1] = (byte) SYNC_1;
        f[2] = (byte) type;
        return 3;
    }

    /** Writes the CRC of everything after the sync bytes into the last two bytes. */
    private static void seal(byte[] f) {
        int crc = Crc16.compute(f, 2, f.length - 4);
        f[f.length - 2] = (byte) crc;
        f[f.length - 1] = (byte) (crc >>> 8);
    }

    private static int u16(byte[] f, int i, int v) {
        f[i] = (byte) v;
        f[i + 1] = (byte) (v >>> 8);
        return i + 2;
    }

    private static int u32(byte[] f, int i, long v) {
        f[i] = (byte) v;
        f[i + 1] = (byte) (v >>> 8);
        f[i + 2] = (byte) (v >>> 16);
        f[i + 3] = (byte) (v >>> 24);
        return i + 4;
    }
}
