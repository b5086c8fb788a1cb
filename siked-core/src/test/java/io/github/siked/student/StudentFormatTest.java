package io.github.siked.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.strategy.RunOnCutter;
import io.github.siked.strategy.Strategy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StudentFormatTest {

    private static final String QUESTION = "Ann has 20 cards. Ann buys 4 cards. How many cards does Ann have now?";
    private final StudentFormat tagged = StudentFormat.tagged();
    private final StudentFormat task = StudentFormat.taskPrefix();

    @Test
    void taggedPromptIsPinned() {
        assertEquals(
                "Instruction: Solve the math word problem.\n"
                        + "Input: Ann has 20 cards. Ann buys 4 cards. How many cards does Ann have now?\n"
                        + "Response:\n",
                tagged.prompt(QUESTION, Optional.empty()));
    }

    @Test
    void taggedPromptIgnoresTheStrategy() {
        assertEquals(tagged.prompt(QUESTION, Optional.empty()), tagged.prompt(QUESTION, Optional.of(Strategy.POT)));
    }

    @Test
    void prefillIsTheTagAndOneSpace() {
        assertEquals("[cot]: ", tagged.prefill(Strategy.COT));
        assertEquals("[l2m]: ", tagged.prefill(Strategy.L2M));
        assertEquals("[pot]: ", tagged.prefill(Strategy.POT));
    }

    @Test
    void responseReplacesAnyExistingTag() {
        assertEquals("[pot]: answer = 3", tagged.response(Strategy.POT, "answer = 3"));
        assertEquals("[pot]: answer = 3", tagged.response(Strategy.POT, "[pot]: answer = 3"));
        assertEquals("[pot]: answer = 3", tagged.response(Strategy.POT, "  [POT]:\nanswer = 3"));
        // A wrong tag on teacher text must not survive next to the right one.
        assertEquals("[cot]: 1. Step.", tagged.response(Strategy.COT, "[l2m]: 1. Step."));
    }

    @Test
    void trainingTextIsPromptThenTaggedResponse() {
        assertEquals(
                tagged.prompt(QUESTION, Optional.empty()) + "[cot]: 1. Cards: 20 + 4 = 24.\nFinal Answer: 24",
                tagged.trainingText(QUESTION, Strategy.COT, "1. Cards: 20 + 4 = 24.\nFinal Answer: 24"));
    }

    @Test
    void prefillThenGenerationParsesToTheForcedStrategy() {
        String generated = "sold = 4\nanswer = 20 + sold";
        StudentResponse parsed = tagged.parse(tagged.prefill(Strategy.POT) + generated);
        assertEquals(Optional.of(Strategy.POT), parsed.strategy());
        assertEquals(generated, parsed.body());
    }

    @Test
    void freeChoiceParsesTheTagTheStudentWrote() {
        StudentResponse parsed = tagged.parse("[l2m]: Sub-question 1: How many?");
        assertEquals(Optional.of(Strategy.L2M), parsed.strategy());
        assertEquals("Sub-question 1: How many?", parsed.body());
    }

    @Test
    void untaggedResponseHasNoStrategy() {
        StudentResponse parsed = tagged.parse("1. Cards: 24.");
        assertEquals(Optional.empty(), parsed.strategy());
        assertEquals("1. Cards: 24.", parsed.body());
    }

    @Test
    void taskPrefixPutsTheStrategyIntoThePrompt() {
        assertEquals(
                "Instruction: [PoT task] Write a Python program that computes the answer and stores it in answer.\n"
                        + "Input: " + QUESTION + "\nResponse:\n",
                task.prompt(QUESTION, Optional.of(Strategy.POT)));
        assertEquals("", task.prefill(Strategy.POT));
        assertEquals("answer = 3", task.response(Strategy.POT, "[pot]: answer = 3"));
    }

    @Test
    void taskPrefixPromptsDifferPerStrategy() {
        assertNotEquals(
                task.prompt(QUESTION, Optional.of(Strategy.COT)), task.prompt(QUESTION, Optional.of(Strategy.L2M)));
    }

    @Test
    void taskPrefixWithoutStrategyNamesTheFix() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> task.prompt(QUESTION, Optional.empty()));
        assertEquals(
                "the task-prefix format (Mixed Distillation) asks for one strategy per prompt, but none was"
                        + " given: force a strategy when sampling, or use the tagged format to let the student choose",
                e.getMessage());
    }

    @Test
    void aRunOnIntoTheNextPromptIsCutByTheGrader() {
        // A packed student may go on after its answer into a new example; every line of this template
        // starts with a marker RunOnCutter knows, so graders never read the invented question's numbers.
        String answer = "[cot]: 1. Cards Ann has: 20 + 4 = 24.\nFinal Answer: 24\n";
        for (StudentFormat format : new StudentFormat[] {tagged, task}) {
            String runOn =
                    answer + format.prompt("Ben has 7 pens. How many pens does Ben have?", Optional.of(Strategy.COT));
            assertEquals(answer, RunOnCutter.cut(runOn));
            assertEquals(answer, RunOnCutter.cut(answer + "Input: Ben has 7 pens."));
        }
    }

    @Test
    void fixedTextsCoverTheTemplateAndTags() {
        // Tagged: one prompt for all strategies and three tags; task prefix: three prompts and no tag.
        assertEquals(4, tagged.fixedTexts().size());
        assertTrue(tagged.fixedTexts().contains("[l2m]: "));
        assertEquals(4, task.fixedTexts().size());
        assertTrue(task.fixedTexts().contains(task.prompt("", Optional.of(Strategy.L2M))));
    }
}
