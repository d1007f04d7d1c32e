package io.reptempo.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedCsvImporterTest {

    private static final double G = 9.80665;
    private static final double DEG = Math.PI / 180;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static ImportOptions options(String mapping, ReaderOptions units) {
        return ImportOptions.of(units).withColumns(ColumnMapping.parse(mapping));
    }

    @Test
    void columnsByNameAnyCaseWithMillisecondsGAndDegreesPerSecond() throws Exception {
        StringBuilder text = new StringBuilder("# exercise=squat\nindex,Timestamp,accX,accY,accZ,gyrX,gyrY,gyrZ,temp\n");
        for (int i = 0; i < 60; i++) {
            text.append(i).append(',').append(1_700_000_000_000L + 10L * i).append(",0.01,0.98,0.1,")
                    .append(i).append(",-90,0.5,21.5\n");
        }
        Path file = write("phone.csv", text.toString());
        ReaderOptions units = ReaderOptions.defaults().withAccelUnits(ReaderOptions.AccelUnits.G)
                .withGyroUnits(ReaderOptions.GyroUnits.DEG_PER_S).withTimeUnits(ReaderOptions.TimeUnits.MS);

        RecordingSource source = RecordingSource.open(file,
                options("t=timestamp,ax=ACCX,ay=accy,az=accZ,gx=gyrx,gy=gyry,gz=gyrz", units));
        CollectingSink sink = new CollectingSink();
        ReadReport report = source.read(sink);

        assertEquals(RecordingFormat.MAPPED, source.format());
        assertEquals(60, sink.samples.size());
        Sample s = sink.samples.get(7);
        // Epoch milliseconds become seconds since the first sample.
        assertEquals(0.07, s.t(), 1e-12);
        assertEquals(0.01 * G, s.ax(), 1e-12);
        assertEquals(0.98 * G, s.ay(), 1e-12);
        assertEquals(7 * DEG, s.gx(), 1e-12);
        assertEquals(-90 * DEG, s.gy(), 1e-12);
        assertEquals(List.of("index", "temp"), report.ignoredColumns());
        assertEquals("squat", report.metadata().get("exercise").orElseThrow());
        assertEquals("csv", source.metadata().get("source_format"));
        assertEquals("100", source.metadata().get("accel_rate_hz"));
        assertTrue(source.describe().contains("t in ms, acceleration in g, angular rate in deg/s"), source.describe());
    }

    @Test
    void aMissingColumnNamesTheFileColumns() throws Exception {
        Path file = write("phone.csv", "time,accX,accY,accZ\n0,0,0,9.8\n");

        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> RecordingSource.open(file,
                options("t=time,ax=accX,ay=accY,az=acc_z", ReaderOptions.defaults())));

        assertTrue(e.getMessage().contains("az=acc_z"), e.getMessage());
        assertTrue(e.getMessage().contains("time, accX, accY, accZ"), e.getMessage());
    }

    @Test
    void accelerationInGWithoutUnitsGIsCaught() throws Exception {
        StringBuilder text = new StringBuilder("time;x;y;z\n");
        for (int i = 0; i < 60; i++) {
            text.append(i * 0.01).append(";0,01;0,98;0,1\n");
        }
        Path file = write("phone.csv", text.toString().replace('.', ','));

        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> RecordingSource
                .open(file, options("t=time,ax=x,ay=y,az=z", ReaderOptions.defaults())).read(new CollectingSink()));

        assertTrue(e.getMessage().contains("--units g"), e.getMessage());
    }

    @Test
    void mappingSyntaxErrors() {
        for (String bad : List.of("t=time,ax=a,ay=b", "t=time,ax=a,ay=b,az=c,gx=d", "t=time,ax=a,ay=b,az=c,q=d",
                "t=time,ax=a,ay=b,az=c,t=e", "t=time,ax,ay=b,az=c", "t=,ax=a,ay=b,az=c")) {
            assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse(bad), bad);
        }
        assertEquals("t=time,ax=a,ay=b,az=c", ColumnMapping.parse(" t = time , ax=a,ay=b,az=\"c\"").text());
    }
}
