package io.reptempo.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Crc16Test {

    @Test
    void checkValueOfTheStandardString() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x29B1, Crc16.compute(check, 0, check.length));
    }

    @Test
    void noBytesGiveTheInitialValueAndPiecesAddUp() {
        byte[] data = "reptempo wire protocol".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0xFFFF, Crc16.compute(data, 0, 0));
        int whole = Crc16.compute(data, 0, data.length);
        int pieces = Crc16.update(Crc16.compute(data, 0, 7), data, 7, data.length - 7);
        assertEquals(whole, pieces);
    }
}
