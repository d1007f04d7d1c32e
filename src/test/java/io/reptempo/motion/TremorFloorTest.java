package io.reptempo.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TremorFloorTest {

    /** Tremor alone stays under the floor, at a wristband's rate and at a bar sensor's. */
    @Test
    void tremorAloneIsNotMovement() {
        for (double rate : new double[] {12.5, 200}) {
            TremorFloor floor = new TremorFloor();
            Random noise = new Random(7);
            int above = 0;
            int n = (int) (60 * rate);
            for (int i = 0; i < n; i++) {
                double moving = floor.push(0.3 * noise.nextGaussian(), 1 / rate);
                if (i * (1 / rate) > TremorFloor.NOISE_SECONDS && moving > 0) {
                    above++;
                }
            }
            assertTrue(above < 0.01 * n, rate + " Hz: " + above + " tremor samples counted as movement");
        }
    }

    /** A steady 1 m/s^2 push shows through the same tremor, less the floor. */
    @Test
    void aPushShowsAboveTheTremor() {
        TremorFloor floor = new TremorFloor();
        Random noise = new Random(7);
        double dt = 1 / 200.0;
        for (int i = 0; i < 200 * 20; i++) {
            floor.push(0.3 * noise.nextGaussian(), dt);
        }
        double moving = 0;
        for (int i = 0; i < 200; i++) {
            moving = floor.push(1.0 + 0.3 * noise.nextGaussian(), dt);
        }
        // At 200 Hz the smoothed tremor is about 0.03 m/s^2, so the floor is about 0.1.
        assertEquals(0.9, moving, 0.1);
    }
}
