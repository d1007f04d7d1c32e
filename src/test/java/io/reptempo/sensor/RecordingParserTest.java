package io.reptempo.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RecordingParserTest {

    private static final double G = 9.80665;

    @Test
    void readsColumnsInAnyOrderWithGyro() throws Exception {
        Parsed p = Parsed.of("gz,t,ax,gy,ay,gx,az\n"
                + "0.7,0.00,0.1,0.6,0.2,0.5,9.8\n"
                + "-0.7,0.01,-0.1,-0.6,-0.2,-0.5,9.7\n");

        assertEquals(List.of(
                new Sample(0.00, 0.1, 0.2, 9.8, 0.5, 0.6, 0.7),
                new Sample(0.01, -0.1, -0.2, 9.7, -0.5, -0.6, -0.7)), p.samples());
        assertTrue(p.report().hasGyro());
        assertEquals(List.of("gz", "t", "ax", "gy", "ay", "gx", "az"), p.report().columns());
        assertEquals(2, p.report().totalRows());
        assertEquals(2, p.report().acceptedRows());
        assertEquals(0, p.report().skippedRows());
        assertEquals(List.of(), p.report().warnings());
    }

    @Test
    void readsColumnsInAnyOrderWithoutGyroIgnoringCaseAndSpaces() throws Exception {
        Parsed p = Parsed.of(" AZ , T,ax ,Ay\n9.8,1.5,0.25,-0.5\n9.9 , 1.6 ,0.5, -1\n");

        assertEquals(List.of(Sample.accel(1.5, 0.25, -0.5, 9.8), Sample.accel(1.6, 0.5, -1, 9.9)), p.samples());
        assertFalse(p.samples().get(0).hasGyro());
        assertFalse(p.report().hasGyro());
    }

    @Test
    void convertsG() throws Exception {
        Parsed p = Parsed.of("t,ax,ay,az\n0,0,0,1\n0.01,0.5,-0.25,1.0\n",
                ReaderOptions.defaults().withAccelUnits(ReaderOptions.AccelUnits.G));

        assertEquals(Sample.accel(0, 0, 0, G), p.samples().get(0));
        Sample s = p.samples().get(1);
        assertEquals(0.5 * G, s.ax(), 1e-12);
        assertEquals(-0.25 * G, s.ay(), 1e-12);
        assertEquals(G, s.az(), 1e-12);
    }

    @Test
    void convertsDegreesPerSecond() throws Exception {
        Parsed p = Parsed.of("t,ax,ay,az,gx,gy,gz\n0,0,0,9.8,180,-90,0\n",
                ReaderOptions.defaults().withGyroUnits(ReaderOptions.GyroUnits.DEG_PER_S));

        Sample s = p.samples().get(0);
        assertEquals(Math.PI, s.gx(), 1e-12);
        assertEquals(-Math.PI / 2, s.gy(), 1e-12);
        assertEquals(0.0, s.gz());
    }

    @Test
    void convertsMillisecondsAndMicroseconds() throws Exception {
        Parsed ms = Parsed.of("t,ax,ay,az\n12004,0,0,9.8\n12005,0,0,9.8\n",
                ReaderOptions.defaults().withTimeUnits(ReaderOptions.TimeUnits.MS));
        assertEquals(12.004, ms.samples().get(0).t());
        assertEquals(12.005, ms.samples().get(1).t());

        Parsed us = Parsed.of("t,ax,ay,az\n1500000,0,0,9.8\n",
                ReaderOptions.defaults().withTimeUnits(ReaderOptions.TimeUnits.US));
        assertEquals(1.5, us.samples().get(0).t());
    }

    @Test
    void parsesMetadataAndNotesInOrder() throws Exception {
        Parsed p = Parsed.of("# rate_hz=200 exercise=bench-press\n"
                + "# load_kg = 60\n"
                + "#exported by TestLogger v1.2\n"
                + "#\n"
                + "t,ax,ay,az\n"
                + "0,0,0,9.8\n"
                + "# set=2 side=left\n"
                + "0.005,0,0,9.8\n"
                + "  # wiped the sensor here\n"
                + "0.010,0,0,9.8\n");

        RecordingMetadata m = p.report().metadata();
        assertEquals(List.of("rate_hz", "exercise", "load_kg", "set", "side"), new ArrayList<>(m.values().keySet()));
        assertEquals("bench-press", m.get("exercise").orElseThrow());
        assertEquals(OptionalDouble.of(200), m.number("rate_hz"));
        assertEquals(OptionalDouble.of(60), m.number("load_kg"));
        assertEquals(OptionalDouble.empty(), m.number("exercise"));
        assertEquals(List.of("exported by TestLogger v1.2", "wiped the sensor here"), m.notes());
        assertEquals(3, p.samples().size());
        assertEquals(3, p.report().totalRows());
        assertEquals(0, p.report().skippedRows());
    }

    @Test
    void countsEachBadRowReasonWithItsLineNumber() throws Exception {
        String text = "# rate_hz=100\n"          // 1
                + "t,ax,ay,az\n"                 // 2
                + "0.00,0,0,9.8\n"               // 3
                + "0.01,0,9.8\n"                 // 4 too few fields
                + "0.02,0,0,9.8,1\n"             // 5 too many fields
                + "0.03,abc,0,9.8\n"             // 6 not a number
                + "0.04,0,,9.8\n"                // 7 empty field
                + "0.05,0,NaN,9.8\n"             // 8 NaN
                + "0.06,-Infinity,0,9.8\n"       // 9 infinite
                + "0.07,1e400,0,9.8\n"           // 10 overflows to infinity
                + "-0.005,0,0,9.8\n"             // 11 out of order
                + "0.00,0,0,9.8\n"               // 12 repeated
                + "\n"                           // 13 blank
                + "0.08,0,0,9.8\n";              // 14 fine

        Parsed p = Parsed.of(text);
        ReadReport r = p.report();

        assertEquals(11, r.totalRows());
        assertEquals(2, r.acceptedRows());
        assertEquals(9, r.skippedRows());
        assertEquals(2, r.skipped(SkipReason.WRONG_FIELD_COUNT));
        assertEquals(2, r.skipped(SkipReason.NOT_A_NUMBER));
        assertEquals(3, r.skipped(SkipReason.NOT_FINITE));
        assertEquals(2, r.skipped(SkipReason.TIME_NOT_INCREASING));
        assertEquals(List.of(
                "line 4: expected 4 fields as in the header on line 2, found 3; row skipped",
                "line 5: expected 4 fields as in the header on line 2, found 5; row skipped",
                "line 6: ax is not a number: \"abc\"; row skipped",
                "line 7: ay is empty; row skipped",
                "line 8: ay value \"NaN\" is not a finite number; row skipped",
                "line 9: ax value \"-Infinity\" is not a finite number; row skipped",
                "line 10: ax value \"1e400\" is not a finite number; row skipped",
                "line 11: timestamp -0.005 is not after 0; row skipped",
                "line 12: timestamp 0.00 is not after 0; row skipped"), r.warnings());
        assertEquals(List.of(Sample.accel(0, 0, 0, 9.8), Sample.accel(0.08, 0, 0, 9.8)), p.samples());
        assertTrue(r.summary().contains("11 rows: 2 samples, 9 skipped"), r.summary());
    }

    @Test
    void skipsOutOfOrderAndRepeatedTimestampsAgainstTheLastAcceptedOne() throws Exception {
        Parsed p = Parsed.of("t,ax,ay,az\n"
                + "12.003,0,0,9.8\n"
                + "12.005,0,0,9.8\n"
                + "12.004,0,0,9.8\n"
                + "12.005,0,0,9.8\n"
                + "12.006,0,0,9.8\n");

        assertEquals(List.of(12.003, 12.005, 12.006), p.samples().stream().map(Sample::t).toList());
        assertEquals(2, p.report().skipped(SkipReason.TIME_NOT_INCREASING));
        assertEquals("line 4: timestamp 12.004 is not after 12.005; row skipped", p.report().warnings().get(0));
        assertEquals("line 5: timestamp 12.005 is not after 12.005; row skipped", p.report().warnings().get(1));
    }

    @Test
    void keepsTheFirstTwentyWarningsAndCountsTheRest() throws Exception {
        StringBuilder sb = new StringBuilder("t,ax,ay,az\n0,0,0,9.8\n");
        for (int i = 0; i < 25; i++) {
            sb.append("x,0,0,9.8\n");
        }
        sb.append("1,0,0,9.8\n");

        ReadReport r = Parsed.of(sb.toString()).report();

        assertEquals(RecordingParser.MAX_WARNINGS, r.warnings().size());
        assertEquals(5, r.suppressedWarnings());
        assertEquals(25, r.skipped(SkipReason.NOT_A_NUMBER));
        assertEquals("line 3: t is not a number: \"x\"; row skipped", r.warnings().get(0));
    }

    @Test
    void ignoresUnknownColumnsWithOneWarning() throws Exception {
        Parsed p = Parsed.of("t,temp,ax,ay,az,label\n0,31.5,0,0,9.8,rest\n0.01,n/a,0,0,9.8,lift\n");

        assertEquals(2, p.samples().size());
        assertEquals(List.of("line 1: ignoring unknown columns temp, label"), p.report().warnings());
        assertEquals(List.of("temp", "label"), p.report().ignoredColumns());
    }

    @Test
    void readsCrLfLineEndings() throws Exception {
        Parsed p = Parsed.of("# exercise=squat\r\nt,ax,ay,az\r\n0,0,0,9.8\r\n\r\n0.01,0.1,0,9.8\r\n");

        assertEquals(List.of(Sample.accel(0, 0, 0, 9.8), Sample.accel(0.01, 0.1, 0, 9.8)), p.samples());
        assertEquals("squat", p.report().metadata().get("exercise").orElseThrow());
        assertEquals(0, p.report().skippedRows());
    }

    @Test
    void keepsATruncatedLastRowThatParses() throws Exception {
        Parsed p = Parsed.of("t,ax,ay,az\n0,0,0,9.8\n0.01,0,0,9.7");

        assertEquals(Sample.accel(0.01, 0, 0, 9.7), p.samples().get(1));
        assertEquals(0, p.report().skippedRows());
    }

    @Test
    void countsATruncatedLastRowThatDoesNotParse() throws Exception {
        Parsed cut = Parsed.of("t,ax,ay,az\n0,0,0,9.8\n0.01,0,");
        assertEquals(1, cut.samples().size());
        assertEquals(1, cut.report().skipped(SkipReason.WRONG_FIELD_COUNT));
        assertEquals("line 3: expected 4 fields as in the header on line 1, found 3; row skipped",
                cut.report().warnings().get(0));

        Parsed halfNumber = Parsed.of("t,ax,ay,az\n0,0,0,9.8\n0.01,0,0,9.8e");
        assertEquals(1, halfNumber.samples().size());
        assertEquals(1, halfNumber.report().skipped(SkipReason.NOT_A_NUMBER));
    }

    @Test
    void acceptsARepeatedHeaderWithNewColumnOrderAndRestartedClock() throws Exception {
        List<String> events = new ArrayList<>();
        SampleSink sink = new SampleSink() {
            @Override
            public void accept(Sample s) {
                events.add("sample " + s.t() + " " + s.ax());
            }

            @Override
            public void finish() {
                events.add("finish");
            }
        };
        RecordingListener listener = new RecordingListener() {
            @Override
            public void onHeader(long line, List<String> columns) {
                events.add("header " + line + " " + columns);
            }

            @Override
            public void onTimeRestart(TimeRestart restart) {
                events.add("restart " + restart);
            }
        };
        RecordingParser parser = new RecordingParser(ReaderOptions.defaults(), sink, listener);
        parser.acceptChunk("t,ax,ay,az\n"
                + "5.0,1,0,9.8\n"
                + "5.1,2,0,9.8\n"
                + "az,ay,ax,t\n"
                + "9.8,0,3,0.0\n"
                + "9.8,0,4,0.1\n"
                + "9.8,0,5,0.05\n"
                + "t,ax,ay,az\n"
                + "0.2,6,0,9.8\n");
        ReadReport r = parser.finish();

        assertEquals(List.of(
                "header 1 [t, ax, ay, az]",
                "sample 5.0 1.0",
                "sample 5.1 2.0",
                "header 4 [az, ay, ax, t]",
                "restart TimeRestart[line=5, previousT=5.1, newT=0.0]",
                "sample 0.0 3.0",
                "sample 0.1 4.0",
                "header 8 [t, ax, ay, az]",
                "sample 0.2 6.0",
                "finish"), events);
        assertEquals(List.of(new TimeRestart(5, 5.1, 0.0)), r.restarts());
        assertEquals(List.of(1L, 4L, 8L), r.headerLines());
        assertEquals(1, r.skipped(SkipReason.TIME_NOT_INCREASING));
        assertEquals(6, r.totalRows());
        assertEquals(5, r.acceptedRows());
        assertTrue(r.warnings().get(0).startsWith("line 5: timestamps restart at 0.0 after the repeated header on line 4"),
                r.warnings().get(0));
        assertEquals("line 7: timestamp 0.05 is not after 0.1; row skipped", r.warnings().get(1));
    }

    @Test
    void skipsAnIncompleteRepeatedHeaderAndKeepsTheColumns() throws Exception {
        Parsed p = Parsed.of("t,ax,ay,az\n0,0,0,9.8\nt,ax,a\n0.01,0,0,9.8\n");

        assertEquals(2, p.samples().size());
        assertEquals(1, p.report().skipped(SkipReason.BAD_HEADER));
        assertEquals("line 3: header row is missing the columns ay, az; keeping the columns of the header on line 1;"
                + " row skipped", p.report().warnings().get(0));
    }

    @Test
    void holdsBackTheFirstSamplesUntilTheUnitsCheckThenReleasesThemInOrder() throws Exception {
        CollectingSink sink = new CollectingSink();
        RecordingParser parser = new RecordingParser(ReaderOptions.defaults(), sink);
        parser.acceptChunk("t,ax,ay,az\n");
        for (int i = 0; i < UnitsCheck.ENOUGH_SAMPLES - 1; i++) {
            parser.acceptChunk(i * 0.001 + ",0,0,9.8\n");
        }
        assertEquals(0, sink.samples.size(), "held until the check has enough samples");

        parser.acceptChunk("1.0,0,0,9.8\n");
        assertEquals(UnitsCheck.ENOUGH_SAMPLES, sink.samples.size());
        parser.acceptChunk("1.001,0,0,9.8\n");
        assertEquals(UnitsCheck.ENOUGH_SAMPLES + 1, sink.samples.size(), "passes straight through afterwards");
        for (int i = 1; i < sink.samples.size(); i++) {
            assertTrue(sink.samples.get(i).t() > sink.samples.get(i - 1).t());
        }
        parser.finish();
        assertEquals(1, sink.finishCalls);
    }

    @Test
    void releasesHeldSamplesAfterHalfASecondAtLowRates() throws Exception {
        CollectingSink sink = new CollectingSink();
        RecordingParser parser = new RecordingParser(ReaderOptions.defaults(), sink);
        parser.acceptChunk("t,ax,ay,az\n0.0,0,0,9.8\n0.25,0,0,9.8\n");
        assertEquals(0, sink.samples.size());
        parser.acceptChunk("0.5,0,0,9.8\n");
        assertEquals(3, sink.samples.size());
    }

    @Test
    void reportSnapshotIsAvailableMidStream() throws Exception {
        RecordingParser parser = new RecordingParser(ReaderOptions.defaults(), new CollectingSink());
        parser.acceptChunk("t,ax,ay,az\n0,0,0,9.8\nbad\n0.01,0,0,9.8");
        ReadReport mid = parser.report();
        assertEquals(2, mid.totalRows(), "the unfinished last line is not counted yet");
        assertEquals(1, mid.skipped(SkipReason.WRONG_FIELD_COUNT));
        assertEquals(3, parser.finish().totalRows());
    }

    @Test
    void splitsLinesAcrossCallsAtEveryPosition() throws Exception {
        String text = "# a=1\r\nt,ax,ay,az,gx,gy,gz\r\n0.125,1.5,-2.25,9.75,0.5,-0.5,1e-3\r\n0.25,1,2,9,3,4,5\n";
        Parsed whole = Parsed.of(text);
        for (int cut = 0; cut <= text.length(); cut++) {
            CollectingSink sink = new CollectingSink();
            RecordingParser parser = new RecordingParser(ReaderOptions.defaults(), sink);
            parser.acceptChunk(text.substring(0, cut));
            parser.acceptChunk(text.substring(cut));
            assertEquals(whole.report(), parser.finish(), "cut at " + cut);
            assertEquals(whole.samples(), sink.samples, "cut at " + cut);
        }
    }
}
