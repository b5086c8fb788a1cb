package io.github.siked.teacher.scripted;

import io.github.siked.teacher.scripted.ProseSteps.Step;
import io.github.siked.teacher.scripted.ProseSteps.Worked;
import java.util.SplittableRandom;

/**
 * Writes worked steps as chain-of-thought (Wei et al., arXiv 2201.11903) or least-to-most (Zhou et
 * al., arXiv 2205.10625) text, in the formats of the project's prompt files: numbered steps, or
 * {@code Sub-question i:} / {@code Answer to Sub-question i:} pairs, then {@code Final Answer: N}.
 *
 * <p>Each step picks one of three phrasings from the sample's random stream, so that samples of one
 * problem differ in wording but not in format. The phrasings are short and reuse the problem's own
 * words: the quickstart's student is tiny, with a word-level vocabulary and rows of about 86
 * tokens.
 */
final class ProseWriter {

    private ProseWriter() {}

    /**
     * Numbered steps, one per operation:
     *
     * <pre>
     * 1. Cards in the crates: 44 * 25 = 1100.
     * 2. 1100 - 76 = 1024 cards Eva has after selling.
     * Final Answer: 1024
     * </pre>
     */
    static String chainOfThought(Worked worked, SplittableRandom random) {
        return write(worked, random, (number, step, phrasing) -> {
            String description = step.operation().description();
            String arithmetic = step.arithmetic();
            String line = switch (phrasing) {
                case 0 -> capitalize(description) + ": " + arithmetic + ".";
                case 1 -> arithmetic + " " + description + ".";
                default -> "Find " + description + ": " + arithmetic + ".";
            };
            return number + ". " + line + "\n";
        });
    }

    /**
     * One sub-question per operation, in order, each answered with its arithmetic:
     *
     * <pre>
     * Sub-question 1: How many cards are in the crates?
     * Answer to Sub-question 1: 44 * 25 = 1100.
     * Sub-question 2: How many cards does Eva have now?
     * Answer to Sub-question 2: That is 1100 - 76 = 1024.
     * Final Answer: 1024
     * </pre>
     */
    static String leastToMost(Worked worked, SplittableRandom random) {
        return write(worked, random, (number, step, phrasing) -> {
            String description = step.operation().description();
            String arithmetic = step.arithmetic();
            String answer = switch (phrasing) {
                case 0 -> arithmetic + ".";
                case 1 -> arithmetic + " " + description + ".";
                default -> "That is " + arithmetic + ".";
            };
            return "Sub-question " + number + ": " + step.operation().subQuestion() + "\n" + "Answer to Sub-question "
                    + number + ": " + answer + "\n";
        });
    }

    /** Writes one step: its number (from 1), the step, and the phrasing drawn for it. */
    @FunctionalInterface
    private interface StepFormat {
        String write(int number, Step step, int phrasing);
    }

    /** The steps in order, each in a phrasing drawn from the sample's stream, then the final answer. */
    private static String write(Worked worked, SplittableRandom random, StepFormat format) {
        StringBuilder text = new StringBuilder();
        int number = 1;
        for (Step step : worked.steps()) {
            text.append(format.write(number++, step, phrasing(step.operation().description(), random)));
        }
        return text.append("Final Answer: ").append(worked.answer()).toString();
    }

    /**
     * Draws a phrasing: 0, 1 or 2. Phrasing 1 puts the description after the number ("1100 cards in
     * the crates"), which reads wrong for a description that is a question ("how many more books than
     * shells"); such steps use the others.
     */
    private static int phrasing(String description, SplittableRandom random) {
        int choice = random.nextInt(3);
        return choice == 1 && description.startsWith("how ") ? 0 : choice;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
