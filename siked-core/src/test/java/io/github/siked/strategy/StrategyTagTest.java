package io.github.siked.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrategyTagTest {

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[cot]: Step 1|cot",
                "[l2m]: Sub-question 1|l2m",
                "[pot]: answer = 1|pot",
                "  \n [pot]: answer = 1|pot",
                "[PoT]: answer = 1|pot",
                "[COT]: Step 1|cot",
                "[cot]:Step 1|cot",
                "[cot] Step 1|cot",
                "[l2m]|l2m"
            })
    void readsTheLeadingTag(String text, String strategy) {
        assertEquals(Optional.of(Strategy.fromId(strategy)), StrategyTag.read(text));
    }

    @ParameterizedTest(name = "no tag in \"{0}\"")
    @ValueSource(
            strings = {"", "   ", "Step 1: [cot]: x", "[code]: x = 1", "[ cot ]: spaced", "cot: no brackets", "(pot): x"
            })
    void findsNoTagElsewhere(String text) {
        assertEquals(Optional.empty(), StrategyTag.read(text));
    }

    @Test
    void nullHasNoTagAndStripsToEmpty() {
        assertEquals(Optional.empty(), StrategyTag.read(null));
        assertEquals("", StrategyTag.strip(null));
    }

    @Test
    void stripRemovesTagAndTheBlanksAfterIt() {
        assertEquals("Step 1: 2 + 2 = 4", StrategyTag.strip("[cot]: Step 1: 2 + 2 = 4"));
        assertEquals("Step 1", StrategyTag.strip("  [cot]:\t Step 1"));
        assertEquals("Step 1", StrategyTag.strip("[cot]:Step 1"));
    }

    @Test
    void stripRemovesOnlyOneLineBreakSoIndentationSurvives() {
        assertEquals("    x = 1\n    answer = x", StrategyTag.strip("[pot]:\n    x = 1\n    answer = x"));
        assertEquals("\nanswer = 1", StrategyTag.strip("[pot]:\n\nanswer = 1"));
    }

    @Test
    void stripLeavesTextWithoutTagUnchanged() {
        assertEquals("  Final Answer: 3 [cot]:", StrategyTag.strip("  Final Answer: 3 [cot]:"));
    }
}
