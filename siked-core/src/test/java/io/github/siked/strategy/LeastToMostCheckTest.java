package io.github.siked.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LeastToMostCheckTest {

    private static final String TWO_PAIRS = "[l2m]: Sub-question 1: How many apples does Tom have?\n"
            + "Answer to Sub-question 1: 3 + 2 = 5.\n"
            + "Sub-question 2: How many apples in total?\n"
            + "Answer to Sub-question 2: 5 * 2 = 10.\n"
            + "Final Answer: 10";

    @ParameterizedTest(name = "accepts {0}")
    @MethodSource
    void accepts(String form, String text) {
        assertTrue(LeastToMostCheck.isValid(text));
    }

    static Stream<Arguments> accepts() {
        return Stream.of(
                arguments("numbered pairs", TWO_PAIRS),
                arguments("spelling and case variants", "subquestion 3: what? answer to SUBQUESTION 3: 7"),
                arguments("spelling and case variants", "Sub question 1: what?\nAnswer to sub question 1: 7"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void countsAnsweredSubQuestions(String form, String text, int answered) {
        assertEquals(answered, LeastToMostCheck.answeredSubQuestions(text));
    }

    static Stream<Arguments> countsAnsweredSubQuestions() {
        return Stream.of(
                arguments("numbered pairs", TWO_PAIRS, 2),
                arguments(
                        "a pair written on one line",
                        "Sub-question 1: How many? Answer to Sub-question 1: 4 + 4 = 8. Final Answer: 8",
                        1),
                arguments(
                        "each number once",
                        "Sub-question 01: a?\nAnswer to Sub-question 1: 1\nAnswer to Sub-question 1: 1 again",
                        1));
    }

    @ParameterizedTest(name = "rejects {0}")
    @MethodSource
    void rejects(String fault, String text) {
        assertFalse(LeastToMostCheck.isValid(text));
    }

    static Stream<Arguments> rejects() {
        return Stream.of(
                arguments("prose under an l2m tag", "[l2m]: 3 + 2 = 5 and 5 * 2 = 10.\nFinal Answer: 10"),
                arguments(
                        "questions without answers",
                        "Sub-question 1: How many?\nSub-question 2: And then?\nFinal Answer: 3"),
                arguments("an answer without its question", "Answer to Sub-question 1: 5\nFinal Answer: 5"),
                arguments("an answer to a different number", "Sub-question 1: How many?\nAnswer to Sub-question 2: 5"),
                arguments("an answer before its question", "Answer to Sub-question 1: 5\nSub-question 1: How many?"),
                arguments("an empty question", "Sub-question 1:\nAnswer to Sub-question 1: 5"),
                arguments("an empty answer", "Sub-question 1: How many?\nAnswer to Sub-question 1:   \n5"),
                arguments(
                        "sub-questions in a run-on",
                        "[l2m]: 2 + 2 = 4\nFinal Answer: 4\n\nQuestion: next one\n"
                                + "Sub-question 1: What?\nAnswer to Sub-question 1: 9"),
                arguments("an empty text", ""));
    }

    @Test
    void nullIsInvalid() {
        assertFalse(LeastToMostCheck.isValid(null));
    }
}
