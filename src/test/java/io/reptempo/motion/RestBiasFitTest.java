package io.reptempo.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The accelerometer bias in the plane of rotation, from rests at two angles. */
class RestBiasFitTest {
    private static final double G = 9.81;

    @Test
    void findsTheBiasFromRestsAtTwoAnglesAndGravitysKnownSize() {
        double bx = 0.3;
        double by = -0.25;
        RestBiasFit fit = new RestBiasFit();
        for (double deg : new double[] {4, 125, 5, 124, 4}) {
            double a = Math.toRadians(deg);
            fit.addRest(G * Math.cos(a) + bx, G * Math.sin(a) + by);
        }
        double[] b = fit.solve();
        // Along the chord the rests alone show it; across it gravity's size (9.806 +- 0.1) does.
        assertEquals(bx, b[0], 0.05, "bias x");
        assertEquals(by, b[1], 0.05, "bias y");
        assertEquals(G, b[2], 0.02, "gravity");
    }

    @Test
    void oneShortRestSplitsTheDifferenceAlongItsReading() {
        RestBiasFit fit = new RestBiasFit();
        fit.addRest(9.5, 0.4);
        double[] b = fit.solve();
        // The rest reads 9.508: a bias along it, or a low scale; nothing across it.
        double along = (b[0] * 9.5 + b[1] * 0.4) / Math.hypot(9.5, 0.4);
        double across = (-b[0] * 0.4 + b[1] * 9.5) / Math.hypot(9.5, 0.4);
        assertEquals(0, across, 1e-6, "bias across the reading");
        assertTrue(along < -0.05 && along > -0.3, "bias along the reading " + along);
        assertTrue(b[2] > Math.hypot(9.5, 0.4) && b[2] < 9.806, "gravity " + b[2]);
    }

    @Test
    void mirroringTheSecondDirectionMirrorsTheBias() {
        RestBiasFit fit = new RestBiasFit();
        RestBiasFit mirrored = new RestBiasFit();
        for (double deg : new double[] {0, 90}) {
            double a = Math.toRadians(deg);
            fit.addRest(G * Math.cos(a) + 0.2, G * Math.sin(a) + 0.1);
            mirrored.addRest(G * Math.cos(a) + 0.2, -(G * Math.sin(a) + 0.1));
        }
        fit.mirror();
        double[] b = fit.solve();
        double[] m = mirrored.solve();
        assertEquals(m[0], b[0], 1e-9);
        assertEquals(m[1], b[1], 1e-9);
        assertEquals(m[2], b[2], 1e-9);
    }
}
