package io.reptempo.sim;

/**
 * Overrides for a simulation. NaN / null fields mean "let the seed decide".
 *
 * @param rateHz                  nominal output rate; NaN draws one of 100, 104, 200, 208, 250, 400 Hz
 * @param noiseDensityUgPerRootHz accelerometer white-noise density; NaN draws 150-400 ug/sqrt(Hz)
 * @param minDurationS            0 for one set; otherwise whole sets of the scenario (same lifter, same
 *                                sensor) are appended until the stream lasts at least this long
 * @param sensorErrors            noise, bias, scale error, quantisation and saturation; false is a perfect sensor
 * @param timingErrors            clock-rate error and timestamp jitter; false samples exactly at k / rate
 * @param bodyMotion              slow bar tilt and hand tremor while the load is held
 * @param gravityMps2             local gravity; NaN draws 9.78-9.83 m/s^2
 * @param mounting                sensor-to-carrier rotation (v_carrier = R v_sensor); null draws a uniform one
 * @param gyro                    force gyroscope columns on or off; null lets the scenario (or seed) decide
 */
public record SimulationOptions(double rateHz, double noiseDensityUgPerRootHz, double minDurationS,
                                boolean sensorErrors, boolean timingErrors, boolean bodyMotion,
                                double gravityMps2, Rotation3 mounting, Boolean gyro) {

    /** Everything realistic and drawn from the seed. */
    public static SimulationOptions defaults() {
        return new SimulationOptions(Double.NaN, Double.NaN, 0.0, true, true, true, Double.NaN, null, null);
    }

    /** Perfect sensor, exact sample times, no tilt or tremor, standard gravity: for exactness tests. */
    public static SimulationOptions ideal() {
        return new SimulationOptions(Double.NaN, Double.NaN, 0.0, false, false, false,
                SensorModel.STANDARD_GRAVITY_MPS2, null, null);
    }

    public SimulationOptions withRateHz(double value) {
        return new SimulationOptions(value, noiseDensityUgPerRootHz, minDurationS, sensorErrors, timingErrors,
                bodyMotion, gravityMps2, mounting, gyro);
    }

    public SimulationOptions withNoiseDensityUgPerRootHz(double value) {
        return new SimulationOptions(rateHz, value, minDurationS, sensorErrors, timingErrors, bodyMotion,
                gravityMps2, mounting, gyro);
    }

    public SimulationOptions withMinDurationS(double value) {
        return new SimulationOptions(rateHz, noiseDensityUgPerRootHz, value, sensorErrors, timingErrors,
                bodyMotion, gravityMps2, mounting, gyro);
    }

    public SimulationOptions withSensorErrors(boolean value) {
        return new SimulationOptions(rateHz, noiseDensityUgPerRootHz, minDurationS, value, timingErrors,
                bodyMotion, gravityMps2, mounting, gyro);
    }

    public SimulationOptions withTimingErrors(boolean value) {
        return new SimulationOptions(rateHz, noiseDensityUgPerRootHz, minDurationS, sensorErrors, value,
                bodyMotion, gravityMps2, mounting, gyro);
    }

    public SimulationOptions withBodyMotion(boolean value) {
        return new SimulationOptions(rateHz, noiseDensityUgPerRootHz, minDurationS, sensorErrors, timingErrors,
                value, gravityMps2, mounting, gyro);
    }

    public SimulationOptions withGravityMps2(double value) {
        return new SimulationOptions(rateHz, noiseDensityUgPerRootHz, minDurationS, sensorErrors, timingErrors,
                bodyMotion, value, mounting, gyro);
    }

    public SimulationOptions withMounting(Rotation3 value) {
        return new SimulationOptions(rateHz, noiseDensityUgPerRootHz, minDurationS, sensorErrors, timingErrors,
                bodyMotion, gravityMps2, value, gyro);
    }

    public SimulationOptions withGyro(Boolean value) {
        return new SimulationOptions(rateHz, noiseDensityUgPerRootHz, minDurationS, sensorErrors, timingErrors,
                bodyMotion, gravityMps2, mounting, value);
    }
}
