package io.github.siked.teacher.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.strategy.Strategy;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a rationale in each strategy, as the prompt files show it and the scripted teacher
 * must write it: one check for both, so that they cannot drift apart.
 */
public final class RationaleFormat {

    private static final Pattern COT_STEP = Pattern.compile("(\\d+)\\. \\S.*");
    private static final Pattern SUB_QUESTION = Pattern.compile("Sub-question (\\d+): \\S.*\\?");
    private static final Pattern SUB_ANSWER = Pattern.compile("Answer to Sub-question (\\d+): \\S.*");
    private static final Pattern FINAL = Pattern.compile("Final Answer: -?\\d+(\\.\\d+)?");
    private static final Pattern ASSIGNMENT = Pattern.compile("[a-z_][a-z0-9_]* = \\S.*");

    private RationaleFormat() {}

    /** Fails, quoting the text, unless it has the strategy's shape. */
    public static void check(Strategy strategy, String text) {
        List<String> lines = text.lines().toList();
        String quoted = strategy + " rationale:\n" + text;
        assertTrue(lines.size() >= 2, quoted);
        switch (strategy) {
            case COT -> {
                for (int i = 0; i < lines.size() - 1; i++) {
                    Matcher step = COT_STEP.matcher(lines.get(i));
                    assertTrue(step.matches(), "line " + (i + 1) + " is no numbered step in " + quoted);
                    assertEquals(i + 1, Integer.parseInt(step.group(1)), quoted);
                }
                assertTrue(FINAL.matcher(lines.get(lines.size() - 1)).matches(), quoted);
            }
            case L2M -> {
                assertEquals(1, lines.size() % 2, "pairs and a final line expected in " + quoted);
                for (int i = 0; i < lines.size() - 1; i += 2) {
                    Matcher question = SUB_QUESTION.matcher(lines.get(i));
                    Matcher answer = SUB_ANSWER.matcher(lines.get(i + 1));
                    assertTrue(question.matches() && answer.matches(), "pair " + (i / 2 + 1) + " in " + quoted);
                    assertEquals(i / 2 + 1, Integer.parseInt(question.group(1)), quoted);
                    assertEquals(question.group(1), answer.group(1), quoted);
                }
                assertTrue(FINAL.matcher(lines.get(lines.size() - 1)).matches(), quoted);
            }
            case POT -> {
                for (String line : lines) {
                    assertTrue(ASSIGNMENT.matcher(line).matches(), "'" + line + "' is no assignment in " + quoted);
                }
                assertTrue(lines.get(lines.size() - 1).startsWith("answer = "), quoted);
            }
        }
    }
}
