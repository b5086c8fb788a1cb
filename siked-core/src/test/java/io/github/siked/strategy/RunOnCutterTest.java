package io.github.siked.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunOnCutterTest {

    @ParameterizedTest(name = "cuts at \"{0}\"")
    @ValueSource(
            strings = {
                "\nQuestion: next",
                "\nquestion: next",
                "\n  Q: next",
                "\nProblem: next",
                "\n### Instruction:",
                "\n## Response",
                "\n#### Input:",
                "\nInstruction:",
                "\nInput:",
                "\n Response:",
                "\nBelow is an instruction that describes a task.",
                " [cot]: next",
                " [POT] next",
                "<|endoftext|>",
                "<|eot_id|>",
                "</s>",
                "<eos>",
                "<end_of_turn>",
                "<start_of_turn>user"
            })
    void cutsAtEachMarker(String marker) {
        // The cut keeps the blanks before the marker; they never matter to the rules.
        assertEquals(
                "Final Answer: 5",
                RunOnCutter.cut("Final Answer: 5" + marker + " 99").stripTrailing());
    }

    @ParameterizedTest(name = "keeps \"{0}\"")
    @ValueSource(
            strings = {
                "The question: is it 5?",
                "Sub-question 2: next",
                "Answer to Sub-question 2: 3",
                "# Question: a comment",
                "### Step 2",
                "x = q: 3",
                "<b>bold</b>"
            })
    void keepsTextThatIsNoMarker(String line) {
        String text = "Step 1: 2 + 3 = 5\n" + line;
        assertEquals(text, RunOnCutter.cut(text));
    }

    @ParameterizedTest(name = "keeps a leading \"{0}\"")
    @ValueSource(strings = {"Question: Tom has 3.", "  \n Q: Tom has 3.", "### Response:\n3"})
    void keepsAMarkerBeforeAnyContent(String text) {
        assertEquals(text, RunOnCutter.cut(text));
    }

    @ParameterizedTest(name = "cuts at the earliest of two markers")
    @ValueSource(strings = {"a 1\nQuestion: b 2 [cot]: c 3"})
    void cutsAtTheEarliestMarker(String text) {
        assertEquals("a 1\n", RunOnCutter.cut(text));
    }
}
