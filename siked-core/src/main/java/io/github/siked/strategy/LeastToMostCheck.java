package io.github.siked.strategy;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an l2m output is really least-to-most (Zhou et al., arXiv 2205.10625): SIKeD keeps a
 * self-generated l2m sample only if it "actually contains sub-questions" (docs/method.md, "Strategies"), so a
 * correct answer written as plain prose under an {@code [l2m]:} tag does not teach the strategy.
 *
 * <p>The rule: after stripping the tag and cutting a run-on ({@link RunOnCutter}), the text holds
 * at least one <em>answered sub-question</em>: a {@code Sub-question k:} followed, later in the
 * text, by {@code Answer to Sub-question k:} with the same number k, each with some non-blank text
 * after its colon on the same line. Case does not matter, and {@code Sub-question}, {@code
 * Subquestion} and {@code Sub question} are all accepted. Numbers need not start at 1 or be
 * consecutive; a final answer is not required here (grading checks it). Pure; never throws.
 */
public final class LeastToMostCheck {

    /**
     * One mention: group 1 is "answer to" when it is an answer, group 2 is k, group 3 its text, up to
     * the end of the line or the next mention (a model may write a pair on one line).
     */
    private static final Pattern MENTION = Pattern.compile(
            "(answer[ \\t]+to[ \\t]+)?\\bsub[- ]?question[ \\t]*(\\d+)[ \\t]*:"
                    + "((?:(?!answer[ \\t]+to[ \\t]+sub|\\bsub[- ]?question[ \\t]*\\d)[^\\n])*)",
            Pattern.CASE_INSENSITIVE);

    private LeastToMostCheck() {}

    /** Whether the output holds at least one answered sub-question. */
    public static boolean isValid(String text) {
        return answeredSubQuestions(text) > 0;
    }

    /** How many distinct sub-question numbers are both asked and, after that, answered. */
    public static int answeredSubQuestions(String text) {
        String body = RunOnCutter.cut(StrategyTag.strip(text == null ? "" : text));
        Set<String> asked = new HashSet<>();
        Set<String> answered = new HashSet<>();
        Matcher m = MENTION.matcher(body);
        while (m.find()) {
            if (m.group(3).isBlank()) {
                continue;
            }
            String k = m.group(2).replaceFirst("^0+(?=\\d)", "");
            if (m.group(1) == null) {
                asked.add(k);
            } else if (asked.contains(k)) {
                answered.add(k);
            }
        }
        return answered.size();
    }
}
