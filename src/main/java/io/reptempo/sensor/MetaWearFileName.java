package io.reptempo.sensor;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a MetaBase export's file name says, e.g.
 * {@code A-bench_MetaWear_2019-01-11T16.10.08.270_C42732BE255C_Accelerometer_12.500Hz_1.4.4.csv}: the recording
 * (everything before {@code _Accelerometer_} or {@code _Gyroscope_}), the sensor, the nominal rate and the
 * device's MAC address.
 *
 * @param recording the part shared by the files of one recording
 * @param sensor    {@link #ACCELEROMETER} or {@link #GYROSCOPE}
 * @param rateHz    the rate in the name, if any
 * @param device    the MAC address in the name (upper case, no colons), if any
 */
record MetaWearFileName(String recording, String sensor, OptionalDouble rateHz, Optional<String> device) {

    static final String ACCELEROMETER = "Accelerometer";
    static final String GYROSCOPE = "Gyroscope";

    private static final Pattern RATE = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)Hz", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAC = Pattern.compile("_([0-9A-Fa-f]{12})$");

    /** Reads a file name; empty when it names neither an accelerometer nor a gyroscope file. */
    static Optional<MetaWearFileName> parse(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String sensor : List.of(ACCELEROMETER, GYROSCOPE)) {
            String marker = "_" + sensor.toLowerCase(Locale.ROOT) + "_";
            int at = lower.lastIndexOf(marker);
            if (at <= 0) {
                continue;
            }
            String recording = fileName.substring(0, at);
            Matcher rate = RATE.matcher(fileName.substring(at + marker.length()));
            OptionalDouble hz = rate.find() ? OptionalDouble.of(Double.parseDouble(rate.group(1)))
                    : OptionalDouble.empty();
            Matcher mac = MAC.matcher(recording);
            Optional<String> device = mac.find() ? Optional.of(mac.group(1).toUpperCase(Locale.ROOT))
                    : Optional.empty();
            return Optional.of(new MetaWearFileName(recording, sensor, hz, device));
        }
        return Optional.empty();
    }

    /** The CSV files beside {@code file} of the same recording from the other sensor, sorted by name. */
    List<Path> partnersBeside(Path file, String otherSensor) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        String prefix = (recording + "_" + otherSensor + "_").toLowerCase(Locale.ROOT);
        List<Path> found = new ArrayList<>();
        if (dir == null) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.startsWith(prefix) && name.endsWith(".csv") && Files.isRegularFile(p)) {
                    found.add(p);
                }
            }
        }
        found.sort(null);
        return found;
    }
}
