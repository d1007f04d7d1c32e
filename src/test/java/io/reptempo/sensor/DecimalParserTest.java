package io.reptempo.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalParserTest {

    private static double parse(String s) {
        char[] c = ("xx" + s + "yy").toCharArray();
        return DecimalParser.parse(c, 2, 2 + s.length());
    }

    @Test
    void agreesWithTheJdkOnPlainAndUnusualNumbers() {
        String[] cases = {"0", "-0", "-0.0", "+1", "1.", ".5", "-.5", "9.80665", "12.004", "0.1", "0.3",
            "123456789012345678", "1234567890123456789", "0.000000000000000000001", "9007199254740993",
            "3.141592653589793238", "1e3", "-2.5E-3", "NaN", "Infinity", "-Infinity", "1e400", "00012.50"};
        for (String s : cases) {
            assertEquals(Double.parseDouble(s), parse(s), s);
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(parse(s)), s);
        }
    }

    @Test
    void agreesWithTheJdkOnRandomDecimals() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            int decimals = random.nextInt(12);
            double x = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(9) - 3);
            String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
            assertEquals(Double.parseDouble(s), parse(s), s);
        }
    }

    @Test
    void rejectsWhatIsNotANumber() {
        for (String s : new String[] {"", "-", ".", "+.", "1.2.3", "abc", "1,5", "--1", "1e"}) {
            assertThrows(NumberFormatException.class, () -> parse(s), s);
        }
    }
}
