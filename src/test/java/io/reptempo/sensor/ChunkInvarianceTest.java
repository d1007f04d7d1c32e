package io.reptempo.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** However the text is cut into chunks, the samples and the report must be the same. */
class ChunkInvarianceTest {

    /** A messy recording: comments, CRLF, blanks, bad rows of each kind, a restart and a truncated end. */
    static String messyRecording(long seed, int rows) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        sb.append("# rate_hz=200 exercise=squat\n# Übung: Kniebeuge, Satz 1 ✓\r\n");
        sb.append("t, gz ,ax,ay,temp,az,gx,gy\n");
        double t = 0;
        for (int i = 0; i < rows; i++) {
            if (i == rows / 2) {
                sb.append("az,ay,ax,t,gx,gy,gz\r\n");
                t = 0;
                for (int k = 0; k < 10 && i < rows; k++, i++) {
                    sb.append(String.format(Locale.ROOT, "%.4f,0.1,0.2,%.3f,1,2,3\n", 9.8 + k * 0.01, t));
                    t += 0.005;
                }
                sb.append("t,gz,ax,ay,temp,az,gx,gy\n");
            }
            t += 0.005;
            String eol = random.nextInt(10) == 0 ? "\r\n" : "\n";
            int kind = random.nextInt(100);
            String ts = String.format(Locale.ROOT, "%.3f", t);
            if (kind == 0) {
                sb.append(ts).append(",0,0,").append(eol);
            } else if (kind == 1) {
                sb.append(ts).append(",0,x,0,20,9.8,0,0").append(eol);
            } else if (kind == 2) {
                sb.append(ts).append(",0,NaN,0,20,9.8,0,0").append(eol);
            } else if (kind == 3) {
                sb.append(String.format(Locale.ROOT, "%.3f", t - 0.02)).append(",0,0,0,20,9.8,0,0").append(eol);
            } else if (kind == 4) {
                sb.append(eol);
            } else if (kind == 5) {
                sb.append("# note ").append(i).append(eol);
            } else if (kind == 6) {
                sb.append(ts).append(", 1.5e-2 , -3E-1,0.0,20.5,9.81,+0.25,-0.125").append(eol);
            } else {
                sb.append(ts).append(',')
                        .append(String.format(Locale.ROOT, "%.6f", random.nextGaussian())).append(',')
                        .append(String.format(Locale.ROOT, "%.5f", random.nextGaussian())).append(',')
                        .append(String.format(Locale.ROOT, "%.5f", random.nextGaussian())).append(",21.0,")
                        .append(String.format(Locale.ROOT, "%.5f", 9.8 + random.nextGaussian())).append(',')
                        .append(String.format(Locale.ROOT, "%.6f", random.nextGaussian())).append(',')
                        .append(String.format(Locale.ROOT, "%.6f", random.nextGaussian())).append(eol);
            }
        }
        sb.append(String.format(Locale.ROOT, "%.3f,0.1,0.2,0.3,2", t + 0.005)); // cut off mid-row
        return sb.toString();
    }

    private static Parsed feedInChunks(String text, Random random, int maxChunk) throws RecordingFormatException {
        CollectingSink sink = new CollectingSink();
        RecordingParser parser = new RecordingParser(ReaderOptions.defaults(), sink);
        char[] chars = text.toCharArray();
        int off = 0;
        while (off < chars.length) {
            // Log-uniform sizes so that 1-char chunks are as common as 64 KiB ones.
            int size = (int) Math.min(maxChunk, Math.exp(random.nextDouble() * Math.log(maxChunk + 1)));
            size = Math.max(1, Math.min(size, chars.length - off));
            parser.accept(chars, off, size);
            off += size;
        }
        ReadReport report = parser.finish();
        assertEquals(1, sink.finishCalls);
        return new Parsed(List.copyOf(sink.samples), report);
    }

    @Test
    void randomChunkSizesGiveTheSameSamplesAndReport() throws Exception {
        String text = messyRecording(7, 20_000);
        Parsed whole = Parsed.of(text);
        assertTrue(whole.samples().size() > 15_000);
        assertTrue(whole.report().skippedRows() > 500);
        assertEquals(1, whole.report().restarts().size());
        for (SkipReason reason : List.of(SkipReason.WRONG_FIELD_COUNT, SkipReason.NOT_A_NUMBER,
                SkipReason.NOT_FINITE, SkipReason.TIME_NOT_INCREASING)) {
            assertTrue(whole.report().skipped(reason) > 0, reason.name());
        }

        for (long seed = 1; seed <= 5; seed++) {
            Parsed chunked = feedInChunks(text, new Random(seed), 64 * 1024);
            assertEquals(whole.report(), chunked.report(), "seed " + seed);
            assertEquals(whole.samples(), chunked.samples(), "seed " + seed);
        }
    }

    @Test
    void oneCharacterAtATimeAndLineByLineGiveTheSameResult() throws Exception {
        String text = messyRecording(11, 3_000);
        Parsed whole = Parsed.of(text);

        Parsed singles = feedInChunks(text, new Random(1), 1);
        assertEquals(whole.report(), singles.report());
        assertEquals(whole.samples(), singles.samples());

        CollectingSink sink = new CollectingSink();
        RecordingParser parser = new RecordingParser(ReaderOptions.defaults(), sink);
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            parser.acceptChunk(text.substring(start, end));
            start = end;
        }
        assertEquals(whole.report(), parser.finish());
        assertEquals(whole.samples(), sink.samples);
    }

    @Test
    void bytesSplitInsideMultiByteCharactersThroughTheReader() throws Exception {
        String text = "\uFEFF" + messyRecording(3, 5_000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Parsed whole = Parsed.of(text.substring(1));

        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            InputStream dribble = new ByteArrayInputStream(bytes) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    return super.read(b, off, Math.min(len, 1 + random.nextInt(5000)));
                }
            };
            CollectingSink sink = new CollectingSink();
            ReadReport report = CsvRecordingReader.read(dribble, ReaderOptions.defaults(), sink);
            assertEquals(whole.report(), report, "seed " + seed);
            assertEquals(whole.samples(), sink.samples, "seed " + seed);
        }
        assertEquals(List.of("Übung: Kniebeuge, Satz 1 ✓"), whole.report().metadata().notes().subList(0, 1));
    }
}
