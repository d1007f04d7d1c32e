package io.reptempo.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Recordings that cannot be used at all, and what the user is told. */
class RecordingFormatErrorsTest {

    private static String fail(String text) {
        return fail(text, ReaderOptions.defaults());
    }

    private static String fail(String text, ReaderOptions options) {
        return assertThrows(RecordingFormatException.class, () -> Parsed.of(text, options)).getMessage();
    }

    @Test
    void noHeaderNamesTheMissingColumns() {
        String message = fail("0.0,0.1,0.2,9.8\n0.01,0.1,0.2,9.8\n");

        assertTrue(message.contains("missing the columns t, ax, ay, az"), message);
        assertTrue(message.contains("no header row"), message);
        assertTrue(message.contains("t,ax,ay,az"), message);
    }

    @Test
    void headerWithMisnamedColumnsSaysWhichAreMissing() {
        String message = fail("# rate_hz=100\ntime,ax,ay,accel_z\n0,0,0,9.8\n");

        assertTrue(message.startsWith("The header row on line 2 is missing the columns t, az."), message);
        assertTrue(message.contains("\"time,ax,ay,accel_z\""), message);
    }

    @Test
    void partialGyroColumnsAreRejected() {
        String message = fail("t,ax,ay,az,gx,gy\n0,0,0,9.8,0,0\n");

        assertTrue(message.contains("has gx, gy but not gz"), message);
    }

    @Test
    void duplicateColumnsAreRejected() {
        String message = fail("t,ax,ay,az,AX\n0,0,0,9.8,1\n");

        assertTrue(message.contains("names the column ax more than once"), message);
    }

    @Test
    void headerOnlyHasNoSamples() {
        String message = fail("# exercise=squat\nt,ax,ay,az\n");

        assertTrue(message.contains("no samples"), message);
    }

    @Test
    void headerWithOnlyBadRowsHasNoSamplesAndSaysWhy() {
        String message = fail("t,ax,ay,az\n0,x,0,9.8\n");

        assertTrue(message.contains("no samples"), message);
        assertTrue(message.contains("line 2: ax is not a number"), message);
    }

    @Test
    void emptyFileIsRejected() {
        assertTrue(fail("").contains("empty"));
        assertTrue(fail("\n\r\n  \n").contains("only blank lines"));
        assertTrue(fail("# rate_hz=200\n# just comments\n").contains("only # comment lines"));
    }

    @Test
    void truncatedHeaderIsRejected() {
        String message = fail("# rate_hz=200\nt,ax,a");

        assertTrue(message.contains("missing the columns ay, az"), message);
    }

    @Test
    void accelerationInGWithoutTheOptionIsRejectedBeforeAnySampleIsPassedOn() {
        StringBuilder sb = new StringBuilder("t,ax,ay,az\n");
        for (int i = 0; i < 200; i++) {
            sb.append(i * 0.005).append(",0.01,-0.02,").append(i % 2 == 0 ? "0.99" : "1.01").append('\n');
        }
        CollectingSink sink = new CollectingSink();
        RecordingParser parser = new RecordingParser(ReaderOptions.defaults(), sink);

        RecordingFormatException e = assertThrows(RecordingFormatException.class,
                () -> parser.acceptChunk(sb.toString()));

        assertTrue(e.getMessage().contains("--units g"), e.getMessage());
        assertTrue(e.getMessage().contains("looks like it is in g"), e.getMessage());
        assertEquals(0, sink.samples.size());
        assertEquals(0, sink.finishCalls);
        assertThrows(IllegalStateException.class, parser::finish);
    }

    @Test
    void shortRecordingInGIsCaughtAtFinish() {
        String message = fail("t,ax,ay,az\n0,0,0,1\n0.01,0,0,1\n");

        assertTrue(message.contains("--units g"), message);
    }

    @Test
    void accelerationInMetersPerSecondSquaredReadAsGIsRejected() {
        String message = fail("t,ax,ay,az\n0,0.1,0.2,9.8\n0.01,0.1,0.2,9.81\n",
                ReaderOptions.defaults().withAccelUnits(ReaderOptions.AccelUnits.G));

        assertTrue(message.contains("--units m/s2"), message);
    }

    @Test
    void movingSensorInMetersPerSecondSquaredPasses() throws Exception {
        StringBuilder sb = new StringBuilder("t,ax,ay,az\n");
        for (int i = 0; i < 100; i++) {
            sb.append(i * 0.01).append(",0,0,").append(9.8 + 4 * Math.sin(i * 0.3)).append('\n');
        }
        assertEquals(100, Parsed.of(sb.toString()).samples().size());
    }
}
