package io.reptempo.live;

/**
 * CRC-16/CCITT-FALSE, the checksum of the binary wire protocol: polynomial 0x1021, initial value 0xFFFF,
 * no reflection, no final xor. The check value (of the ASCII bytes "123456789") is 0x29B1.
 */
public final class Crc16 {

    /** The initial register value; also the CRC of no bytes. */
    public static final int INITIAL = 0xFFFF;

    private static final int POLYNOMIAL = 0x1021;
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ POLYNOMIAL : crc << 1;
            }
            TABLE[i] = crc & 0xFFFF;
        }
    }

    private Crc16() {
    }

    /** The CRC of {@code len} bytes of {@code buf} from {@code off}. */
    public static int compute(byte[] buf, int off, int len) {
        return update(INITIAL, buf, off, len);
    }

    /** Continues a CRC over more bytes (start with {@link #INITIAL}). */
    public static int update(int crc, byte[] buf, int off, int len) {
        int c = crc;
        for (int i = off, end = off + len; i < end; i++) {
            c = ((c << 8) ^ TABLE[((c >>> 8) ^ buf[i]) & 0xFF]) & 0xFFFF;
        }
        return c;
    }
}
