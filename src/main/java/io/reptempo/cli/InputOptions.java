package io.reptempo.cli;

import io.reptempo.sensor.ReaderOptions;
import picocli.CommandLine.Option;

/** Units of a recording that does not use the recording format's own (m/s^2, rad/s, seconds). */
public final class InputOptions {

    @Option(names = "--units", paramLabel = "g|m/s2", defaultValue = "m/s2",
            description = {"Units of the acceleration columns. Default: ${DEFAULT-VALUE}.", "Example: --units g"})
    String accelUnits;

    @Option(names = "--gyro-units", paramLabel = "rad/s|deg/s", defaultValue = "rad/s",
            description = {"Units of the gyroscope columns. Default: ${DEFAULT-VALUE}.", "Example: --gyro-units deg/s"})
    String gyroUnits;

    @Option(names = "--time-units", paramLabel = "s|ms|us", defaultValue = "s",
            description = {"Units of the t column. Default: ${DEFAULT-VALUE}.", "Example: --time-units ms"})
    String timeUnits;

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
}
