package io.reptempo.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reptempo.sensor.Sample;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rep lengths of made-up recordings whose repeat is known. */
class RepLengthMeterTest {

    /** Reps of {@code periodS} (a lift and a lowering as two bumps of acceleration) with noise. */
    private static RepLengthMeter reps(double periodS, double rateHz, double durationS, double gapFromS,
                                       double gapToS, long seed) {
        RepLengthMeter meter = new RepLengthMeter();
        Random noise = new Random(seed);
        for (int i = 0; i * (1 / rateHz) <= durationS; i++) {
            double t = i / rateHz + 0.3 / rateHz * noise.nextDouble();
            if (t > gapFromS && t < gapToS) {
                continue;
            }
            double phase = 2 * Math.PI * t / periodS;
            double vertical = 3 * Math.sin(phase) + 1.5 * Math.sin(2 * phase + 0.7);
            meter.accept(new Sample(t, 0.2 * vertical + 0.3 * noise.nextGaussian(), 9.81 + vertical
                    + 0.3 * noise.nextGaussian(), 0.3 * noise.nextGaussian(), 0, 0, 0));
        }
        return meter;
    }

    @ParameterizedTest(name = "{0} s reps at {1} Hz")
    @CsvSource({"1.6, 12.5", "2.5, 12.5", "3.4, 12.5", "2.5, 100", "4.5, 400"})
    void findsTheRepLength(double periodS, double rateHz) {
        RepLengthMeter meter = reps(periodS, rateHz, 30, -1, -1, 7);
        assertEquals(periodS, meter.periodS(), 0.05);
        assertEquals(30 / periodS, meter.repLengths(), 0.3);
    }

    @Test
    void aGapHoldsNoReps() {
        RepLengthMeter meter = reps(2.5, 12.5, 30, 10, 15, 8);
        assertEquals(25, meter.recordedS(), 0.2);
        assertEquals(10, meter.repLengths(), 0.3);
    }

    @Test
    void noiseWithoutRepsHasNoRepLength() {
        RepLengthMeter meter = new RepLengthMeter();
        Random noise = new Random(9);
        for (int i = 0; i < 400; i++) {
            meter.accept(new Sample(i * 0.08, noise.nextGaussian(), 9.81 + noise.nextGaussian(), noise.nextGaussian(),
                    0, 0, 0));
        }
        assertTrue(Double.isNaN(meter.periodS()), "period " + meter.periodS());
        assertTrue(Double.isNaN(new RepLengthMeter().periodS()), "no samples");
    }
}
