package io.reptempo.sensor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small synthetic MetaWear (MetaBase) exports for tests: a 12.5 Hz accelerometer file and a 25 Hz gyroscope file
 * whose readings fall midway between the accelerometer's, the gyroscope x axis a ramp of 1 deg/s per
 * accelerometer sample so interpolated values are known exactly.
 */
final class MetaWearFiles {

    static final long START_EPOCH_MS = 1547219408431L;
    static final String RECORDING = "A-bench_MetaWear_2019-01-11T16.10.08.270_C42732BE255C";
    static final String ACCEL_NAME = RECORDING + "_Accelerometer_12.500Hz_1.4.4.csv";
    static final String GYRO_NAME = RECORDING + "_Gyroscope_25.000Hz_1.4.4.csv";
    static final String ACCEL_HEADER = "epoch (ms),time (01:00),elapsed (s),x-axis (g),y-axis (g),z-axis (g)";
    static final String GYRO_HEADER = "epoch (ms),time (01:00),elapsed (s),x-axis (deg/s),y-axis (deg/s),z-axis (deg/s)";
    static final int ACCEL_PERIOD_MS = 80;
    static final int GYRO_PERIOD_MS = 40;
    /** The gyroscope starts 60 ms before the accelerometer: every accelerometer time is midway between two readings. */
    static final int GYRO_LEAD_MS = 60;

    private MetaWearFiles() {
    }

    /** Accelerometer sample i: x = 0.01 i g, y = 1 g, z = -0.05 g. */
    static List<String> accelLines(long startEpochMs, int samples) {
        List<String> lines = new ArrayList<>();
        lines.add(ACCEL_HEADER);
        for (int i = 0; i < samples; i++) {
            long epoch = startEpochMs + (long) i * ACCEL_PERIOD_MS;
            lines.add(row(epoch, startEpochMs, 0.01 * i, 1.0, -0.05));
        }
        return lines;
    }

    /** Gyroscope x = (epoch - start) / 80 deg/s, y = 2 deg/s, z = -x; from 60 ms before the start. */
    static List<String> gyroLines(long startEpochMs, int readings) {
        List<String> lines = new ArrayList<>();
        lines.add(GYRO_HEADER);
        long first = startEpochMs - GYRO_LEAD_MS;
        for (int j = 0; j < readings; j++) {
            long epoch = first + (long) j * GYRO_PERIOD_MS;
            double x = (epoch - startEpochMs) / (double) ACCEL_PERIOD_MS;
            lines.add(row(epoch, first, x, 2.0, -x));
        }
        return lines;
    }

    static String row(long epoch, long firstEpoch, double x, double y, double z) {
        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(epoch), ZoneOffset.ofHours(1));
        return String.format(Locale.ROOT, "%d,%s,%.3f,%.4f,%.4f,%.4f", epoch, local, (epoch - firstEpoch) / 1000.0,
                x, y, z);
    }

    static Path write(Path file, List<String> lines) throws IOException {
        // MetaBase writes CRLF line ends.
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    /** Writes the pair into {@code dir} under the MetaBase names; returns the accelerometer file. */
    static Path writePair(Path dir, int accelSamples) throws IOException {
        write(dir.resolve(GYRO_NAME), gyroLines(START_EPOCH_MS, 2 * accelSamples + 2));
        return write(dir.resolve(ACCEL_NAME), accelLines(START_EPOCH_MS, accelSamples));
    }
}
