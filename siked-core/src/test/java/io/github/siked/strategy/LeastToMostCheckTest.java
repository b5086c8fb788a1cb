package io.github.siked.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LeastToMostCheckTest {

    private static final String TWO_PAIRS = "[l2m]: Sub-question 1: How many apples does Tom have?\n"
            + "Answer to Sub-question 1: 3 + 2 = 5.\n"
            + "Sub-question 2: How many apples in total?\n"
            + "Answer to Sub-question 2: 5 * 2 = 10.\n"
            + "Final Answer: 10";

    @Test
    void acceptsNumberedPairs() {
        assertTrue(LeastToMostCheck.isValid(TWO_PAIRS));
        assertEquals(2, LeastToMostCheck.answeredSubQuestions(TWO_PAIRS));
    }

    @Test
    void acceptsAPairWrittenOnOneLine() {
        String text = "Sub-question 1: How many? Answer to Sub-question 1: 4 + 4 = 8. Final Answer: 8";
        assertEquals(1, LeastToMostCheck.answeredSubQuestions(text));
    }

    @Test
    void acceptsSpellingAndCaseVariants() {
        assertTrue(LeastToMostCheck.isValid("subquestion 3: what? answer to SUBQUESTION 3: 7"));
        assertTrue(LeastToMostCheck.isValid("Sub question 1: what?\nAnswer to sub question 1: 7"));
    }

    @Test
    void rejectsProseUnderAnL2mTag() {
        assertFalse(LeastToMostCheck.isValid("[l2m]: 3 + 2 = 5 and 5 * 2 = 10.\nFinal Answer: 10"));
    }

    @Test
    void rejectsQuestionsWithoutAnswers() {
        assertFalse(LeastToMostCheck.isValid("Sub-question 1: How many?\nSub-question 2: And then?\nFinal Answer: 3"));
    }

    @Test
    void rejectsAnswerWithoutItsQuestion() {
        assertFalse(LeastToMostCheck.isValid("Answer to Sub-question 1: 5\nFinal Answer: 5"));
    }

    @Test
    void rejectsAnswerToADifferentNumber() {
        assertFalse(LeastToMostCheck.isValid("Sub-question 1: How many?\nAnswer to Sub-question 2: 5"));
    }

    @Test
    void rejectsAnswerBeforeItsQuestion() {
        assertFalse(LeastToMostCheck.isValid("Answer to Sub-question 1: 5\nSub-question 1: How many?"));
    }

    @Test
    void rejectsEmptyQuestionOrAnswer() {
        assertFalse(LeastToMostCheck.isValid("Sub-question 1:\nAnswer to Sub-question 1: 5"));
        assertFalse(LeastToMostCheck.isValid("Sub-question 1: How many?\nAnswer to Sub-question 1:   \n5"));
    }

    @Test
    void ignoresSubQuestionsInARunOn() {
        String text = "[l2m]: 2 + 2 = 4\nFinal Answer: 4\n\nQuestion: next one\n"
                + "Sub-question 1: What?\nAnswer to Sub-question 1: 9";
        assertFalse(LeastToMostCheck.isValid(text));
    }

    @Test
    void countsEachNumberOnce() {
        String text = "Sub-question 01: a?\nAnswer to Sub-question 1: 1\nAnswer to Sub-question 1: 1 again";
        assertEquals(1, LeastToMostCheck.answeredSubQuestions(text));
    }

    @Test
    void emptyAndNullAreInvalid() {
        assertFalse(LeastToMostCheck.isValid(""));
        assertFalse(LeastToMostCheck.isValid(null));
    }
}
