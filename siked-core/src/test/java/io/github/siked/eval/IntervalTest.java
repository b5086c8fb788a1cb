package io.github.siked.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {

    // Expected bounds solved by hand as the roots of the Wilson quadratic
    // (1 + z²/n)·p² − (2·p̂ + z²/n)·p + p̂² = 0 with z = 1.959964, a different route to the same values.
    @Test
    void matchesHandComputedBounds() {
        assertBounds(Interval.wilson95(0, 10), 0.0, 0.277532803);
        assertBounds(Interval.wilson95(10, 10), 0.722467197, 1.0);
        assertBounds(Interval.wilson95(50, 100), 0.403831530, 0.596168470);
        assertBounds(Interval.wilson95(1, 3), 0.061491944, 0.792340401);
        assertBounds(Interval.wilson95(0, 1), 0.0, 0.793450688);
        assertBounds(Interval.wilson95(412, 1000), 0.381887311, 0.442786198);
    }

    @Test
    void noTrialsMeansNothingIsKnown() {
        assertEquals(new Interval(0, 1), Interval.wilson95(0, 0));
    }

    @Test
    void staysInsideTheUnitIntervalAndHoldsTheEstimate() {
        for (long n = 1; n <= 60; n++) {
            for (long c = 0; c <= n; c++) {
                Interval ci = Interval.wilson95(c, n);
                double p = (double) c / n;
                assertTrue(ci.low() <= p && p <= ci.high(), c + "/" + n + " gave " + ci);
            }
        }
    }

    @Test
    void narrowsAsTheSampleGrows() {
        Interval small = Interval.wilson95(5, 10);
        Interval large = Interval.wilson95(500, 1000);
        assertTrue(large.high() - large.low() < small.high() - small.low());
    }

    @Test
    void refusesImpossibleCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Interval.wilson95(4, 3));
        assertEquals("a confidence interval needs 0 <= correct <= n; was correct=4, n=3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Interval.wilson95(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.6, 0.4));
    }

    private static void assertBounds(Interval ci, double low, double high) {
        assertEquals(low, ci.low(), 1e-6, "low of " + ci);
        assertEquals(high, ci.high(), 1e-6, "high of " + ci);
    }
}
