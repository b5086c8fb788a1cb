package io.github.siked.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Grading must never throw on model output, however odd, and must stay fast on long outputs. */
class ExtractorRobustnessTest {

    /** Characters the rules care about, so random strings hit their corners often. */
    private static final String ALPHABET = "0123456789-.,/$%:#`[]()<>| \n\tafinlswerqQFAcotpmSub-\u2212\u00a0";

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(20261122L);
        for (int i = 0; i < 5_000; i++) {
            String text = randomText(random, random.nextInt(80));
            runAll(text);
        }
    }

    @Test
    void fragmentsOfTheFormatNeverThrow() {
        String[] pieces = {
            "[cot]:",
            "[l2m]:",
            "[pot]:",
            "Final Answer:",
            "the answer is",
            "Sub-question 1:",
            "Answer to Sub-question 1:",
            "```python\n",
            "```",
            "\nQuestion:",
            "<|im_end|>",
            "#### ",
            "1,234.5",
            "-3/4",
            "$",
            "%",
            "\n",
            " "
        };
        Random random = new Random(7L);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            runAll(text.toString());
        }
    }

    @Test
    void longOutputsAreHandledQuickly() {
        String digits = "1" + ",000".repeat(50_000);
        String line = "Sub-question 1: " + "x".repeat(200_000) + " Answer to Sub-question 1: 5";
        String manyNumbers = "12 + 7 = 19. ".repeat(20_000) + "Final Answer: 3";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            runAll(digits);
            runAll(line);
            assertEquals("3", AnswerExtractor.extract(manyNumbers).answer());
            assertEquals(1, LeastToMostCheck.answeredSubQuestions(line));
        });
    }

    private static void runAll(String text) {
        assertNotNull(AnswerExtractor.extract(text));
        assertNotNull(ProgramExtractor.extract(text));
        LeastToMostCheck.answeredSubQuestions(text);
        StrategyTag.read(text);
        StrategyTag.strip(text);
        HarnessExtractor.strictMatch(text);
        HarnessExtractor.flexibleExtract(text);
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
