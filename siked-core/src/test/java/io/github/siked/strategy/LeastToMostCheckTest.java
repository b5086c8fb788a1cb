package io.github.siked.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LeastToMostCheckTest {

    private static final String TWO_PAIRS = "[l2m]: Sub-question 1: How many apples does Tom have?\n"
            + "Answer to Sub-question 1: 3 + 2 = 5.\n"
            + "Sub-question 2: How many apples in total?\n"
            + "Answer to Sub-question 2: 5 * 2 = 10.\n"
            + "Final Answer: 10";

    @ParameterizedTest(name = "accepts {0}")
    @MethodSource
    void acceptsAndCountsTheAnsweredSubQuestions(String form, String text, int answered) {
        assertTrue(LeastToMostCheck.isValid(text));
        assertEquals(answered, LeastToMostCheck.answeredSubQuestions(text));
    }

    static Stream<Arguments> acceptsAndCountsTheAnsweredSubQuestions() {
        return Stream.of(
                arguments("numbered pairs", TWO_PAIRS, 2),
                arguments(
                        "a pair written on one line",
                        "Sub-question 1: How many? Answer to Sub-question 1: 4 + 4 = 8. Final Answer: 8",
                        1),
                arguments("spelling and case variants", "subquestion 3: what? answer to SUBQUESTION 3: 7", 1),
                arguments("spelling and case variants", "Sub question 1: what?\nAnswer to sub question 1: 7", 1),
                arguments(
                        "each number once",
                        "Sub-question 01: a?\nAnswer to Sub-question 1: 1\nAnswer to Sub-question 1: 1 again",
                        1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // prose under an l2m tag
                "[l2m]: 3 + 2 = 5 and 5 * 2 = 10.\nFinal Answer: 10",
                // questions without answers
                "Sub-question 1: How many?\nSub-question 2: And then?\nFinal Answer: 3",
                // an answer without its question
                "Answer to Sub-question 1: 5\nFinal Answer: 5",
                // an answer to a different number
                "Sub-question 1: How many?\nAnswer to Sub-question 2: 5",
                // an answer before its question
                "Answer to Sub-question 1: 5\nSub-question 1: How many?",
                // an empty question, an empty answer
                "Sub-question 1:\nAnswer to Sub-question 1: 5",
                "Sub-question 1: How many?\nAnswer to Sub-question 1:   \n5",
                // sub-questions in a run-on
                "[l2m]: 2 + 2 = 4\nFinal Answer: 4\n\nQuestion: next one\nSub-question 1: What?\nAnswer to Sub-question 1: 9"
            })
    @NullAndEmptySource
    void rejects(String text) {
        assertFalse(LeastToMostCheck.isValid(text));
    }
}
