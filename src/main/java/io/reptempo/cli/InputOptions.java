package io.reptempo.cli;

import io.reptempo.sensor.ColumnMapping;
import io.reptempo.sensor.ImportOptions;
import io.reptempo.sensor.ReaderOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How to read a recording: units of files that do not state them, a MetaWear gyroscope file, a column mapping
 * for any other CSV. The format itself is detected from the header.
 */
public final class InputOptions {

    @Option(names = "--units", paramLabel = "g|m/s2", defaultValue = "m/s2",
            description = {"Units of the acceleration columns (MetaWear and phyphox files say theirs). "
                + "Default: ${DEFAULT-VALUE}.", "Example: --units g"})
    String accelUnits;

    @Option(names = "--gyro-units", paramLabel = "rad/s|deg/s", defaultValue = "rad/s",
            description = {"Units of the gyroscope columns. Default: ${DEFAULT-VALUE}.", "Example: --gyro-units deg/s"})
    String gyroUnits;

    @Option(names = "--time-units", paramLabel = "s|ms|us", defaultValue = "s",
            description = {"Units of the t column. Default: ${DEFAULT-VALUE}.", "Example: --time-units ms"})
    String timeUnits;

    @Option(names = "--gyro", paramLabel = "FILE",
            description = {"The MetaWear gyroscope file of the recording. Default: the file beside the "
                + "accelerometer file with Gyroscope in place of Accelerometer in its name.",
                "Example: --gyro set_MetaWear_..._Gyroscope_25.000Hz_1.4.4.csv"})
    Path gyro;

    @Option(names = "--columns", paramLabel = "MAPPING",
            description = {"Read any other CSV: which of its columns (by header name, any case) hold t, ax, ay, az "
                + "and optionally gx, gy, gz. Combine with --units, --gyro-units and --time-units.",
                "Example: --columns t=time,ax=accX,ay=accY,az=accZ,gx=gyrX,gy=gyrY,gz=gyrZ"})
    String columns;

    ReaderOptions readerOptions() throws UserError {
        try {
            return ReaderOptions.defaults()
                    .withAccelUnits(ReaderOptions.AccelUnits.fromCliName(accelUnits))
                    .withGyroUnits(ReaderOptions.GyroUnits.fromCliName(gyroUnits))
                    .withTimeUnits(ReaderOptions.TimeUnits.fromCliName(timeUnits));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    ImportOptions importOptions() throws UserError {
        ColumnMapping mapping = null;
        if (columns != null) {
            try {
                mapping = ColumnMapping.parse(columns);
            } catch (IllegalArgumentException e) {
                throw new UserError("--columns " + columns + ": " + e.getMessage());
            }
        }
        return new ImportOptions(readerOptions(), gyro, mapping);
    }
}
