package io.reptempo.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Axis ranges a coach can read: round ticks, and a velocity axis centred on zero. */
class AxisRangeTest {

    @Test
    void stepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertEquals(0.5, AxisRange.niceStep(0.3), 1e-12);
        assertEquals(2.5, AxisRange.niceStep(2.1), 1e-12);
        assertEquals(20, AxisRange.niceStep(10.5), 1e-12);
        assertEquals(1, AxisRange.niceStep(1), 1e-12);
    }

    @Test
    void aBarPathFromMinus37To5CmGetsMinus40To20InSteps() {
        AxisRange r = AxisRange.around(-37, 5, 5);
        assertEquals(-40, r.lo(), 1e-9);
        assertEquals(20, r.hi(), 1e-9);
        assertEquals(20, r.step(), 1e-9);
    }

    @Test
    void aBarAtRestStillGetsTheMinimumSpanAroundIt() {
        AxisRange r = AxisRange.around(12, 12, 5);
        assertEquals(true, r.lo() <= 9.5 && r.hi() >= 14.5, r.toString());
    }

    @Test
    void velocityIsSymmetricAboutZero() {
        AxisRange r = AxisRange.symmetric(0.83, 0.2);
        assertEquals(-1, r.lo(), 1e-9);
        assertEquals(1, r.hi(), 1e-9);
        AxisRange still = AxisRange.symmetric(0.01, 0.2);
        assertEquals(-0.2, still.lo(), 1e-9);
    }
}
