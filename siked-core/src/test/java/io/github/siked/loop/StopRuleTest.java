package io.github.siked.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StopRuleTest {

    @Test
    void keepsGoingWhileValidationImproves() {
        StopRule rule = new StopRule(1, 0.0);
        assertFalse(rule.stop(List.of(0.5)));
        assertFalse(rule.stop(List.of(0.5, 0.6)));
        assertFalse(rule.stop(List.of(0.5, 0.6, 0.61)));
    }

    @Test
    void stopsAfterPatienceIterationsWithoutGain() {
        assertTrue(new StopRule(1, 0.0).stop(List.of(0.5, 0.6, 0.6)));
        assertTrue(new StopRule(1, 0.0).stop(List.of(0.5, 0.4)));
        StopRule two = new StopRule(2, 0.0);
        assertFalse(two.stop(List.of(0.5, 0.6, 0.55)));
        assertTrue(two.stop(List.of(0.5, 0.6, 0.55, 0.58)));
        assertFalse(two.stop(List.of(0.5, 0.6, 0.55, 0.61)));
    }

    @Test
    void aGainBelowTheMinimumDoesNotCount() {
        StopRule rule = new StopRule(1, 0.02);
        assertTrue(rule.stop(List.of(0.50, 0.51)));
        assertFalse(rule.stop(List.of(0.50, 0.53)));
    }

    @Test
    void bestIsTheHighestValidationAndTiesGoToTheEarlierIteration() {
        assertEquals(1, StopRule.best(List.of(0.5, 0.7, 0.6)));
        assertEquals(0, StopRule.best(List.of(0.7, 0.7, 0.6)));
        assertEquals(2, StopRule.best(List.of(0.1, 0.2, 0.3)));
    }

    @Test
    void badSettingsNameTheElement() {
        var e = assertThrows(IllegalArgumentException.class, () -> new StopRule(0, 0));
        assertEquals("<stop><patience> is 0: give 1 to 100 iterations", e.getMessage());
        var g = assertThrows(IllegalArgumentException.class, () -> new StopRule(1, 1.5));
        assertTrue(g.getMessage().startsWith("<stop><minGain> is 1.5"), g.getMessage());
    }
}
