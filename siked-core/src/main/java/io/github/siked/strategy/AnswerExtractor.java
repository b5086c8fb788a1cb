package io.github.siked.strategy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the answer of a cot or l2m output (docs/method.md, "Grading"; SIKeD, arXiv 2410.18574).
 *
 * <p>The steps, in order; the first rule that finds a number wins:
 *
 * <ol>
 *   <li>Normalise: a Unicode minus ({@code U+2212}) becomes {@code -}, non-breaking spaces become
 *       spaces, {@code \r\n} becomes {@code \n}, and GSM8K calculator annotations ({@code
 *       <<3*20=60>>}, which the SIKeD few-shot prompts carry and students imitate) are removed: the
 *       result they compute is always written right after them.
 *   <li>Strip the leading strategy tag ({@link StrategyTag}), whose {@code l2m} must never count as
 *       a 2; then cut a run-on generation ({@link RunOnCutter}). Every rule below sees only the
 *       text that is left.
 *   <li><b>final-answer</b>: the FIRST {@code Final Answer:} (case-insensitive; Markdown emphasis
 *       such as {@code **Final Answer:**} allowed). Its answer is read from the first non-blank
 *       line after the colon, so {@code Final Answer:} on a line of its own with the number on the
 *       next line still counts: the first number after the line's last {@code =} when there is one
 *       ({@code Final Answer: 18 + 2 = 20} is 20, as in the SIKeD authors' own grader), else the
 *       line's first number ({@code Final Answer: The answer is 7} is 7, {@code 18 apples.} is 18).
 *       When that line holds no number the rule does not fire (a later {@code Final Answer:} is not
 *       consulted: the first one is the model's answer).
 *   <li><b>answer-is</b>: the LAST {@code answer is} ({@code The answer is 18.}, {@code the final
 *       answer is: 18}), its line read the same way: a model that never writes {@code Final Answer:}
 *       usually states its conclusion last.
 *   <li><b>last-number</b>: the last number in the text.
 *   <li><b>none</b>: no number at all (also for null, empty and blank text).
 * </ol>
 *
 * <p>Numbers are read by the rules of {@code NumberScanner}: {@code $}, thousands commas, {@code
 * %} and units ({@code dollars}, {@code cm}, {@code 5kg}) are dropped, negatives, decimals and
 * simple fractions kept ({@code 3/4} is 0.75), a sentence-final period is not a decimal point.
 * A pure function: it never throws on model output.
 */
public final class AnswerExtractor {

    private static final Pattern FINAL_ANSWER =
            Pattern.compile("final[ \\t]+answer[ \\t*_]*:", Pattern.CASE_INSENSITIVE);

    /** {@code answer is}, but not {@code answer isn't}; an optional colon after it. */
    private static final Pattern ANSWER_IS =
            Pattern.compile("\\banswer\\s+is\\b(?!')[ \\t*_]*:?", Pattern.CASE_INSENSITIVE);

    /** A GSM8K calculator annotation such as {@code <<3*20=60>>}. */
    private static final Pattern CALCULATOR = Pattern.compile("<<[^<>\\n]*>>");

    private AnswerExtractor() {}

    /** Reads the answer of one cot or l2m output; any string, null included, gives a result. */
    public static Extraction extract(String text) {
        String body = RunOnCutter.cut(StrategyTag.strip(normalize(text)));

        Matcher finalAnswer = FINAL_ANSWER.matcher(body);
        if (finalAnswer.find()) {
            Optional<String> n = numberOnLine(lineAfter(body, finalAnswer.end()));
            if (n.isPresent()) {
                return new Extraction(n.get(), Extraction.Rule.FINAL_ANSWER);
            }
        }

        Matcher answerIs = ANSWER_IS.matcher(body);
        int lastEnd = -1;
        while (answerIs.find()) {
            lastEnd = answerIs.end();
        }
        if (lastEnd >= 0) {
            Optional<String> n = numberOnLine(lineAfter(body, lastEnd));
            if (n.isPresent()) {
                return new Extraction(n.get(), Extraction.Rule.ANSWER_IS);
            }
        }

        return NumberScanner.last(body)
                .map(n -> new Extraction(n, Extraction.Rule.LAST_NUMBER))
                .orElse(Extraction.none());
    }

    /** Step 1: the spellings that differ only in encoding become one; calculator annotations go. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String plain = text.replace("\r\n", "\n")
                .replace('\u2212', '-')
                .replace('\u00A0', ' ')
                .replace('\u202F', ' ');
        return CALCULATOR.matcher(plain).replaceAll("");
    }

    /** The answer on one line: the first number after its last {@code =}, else its first number. */
    private static Optional<String> numberOnLine(String line) {
        int equals = line.lastIndexOf('=');
        if (equals >= 0) {
            Optional<String> result = NumberScanner.first(line.substring(equals + 1));
            if (result.isPresent()) {
                return result;
            }
        }
        return NumberScanner.first(line);
    }

    /** The first non-blank line at or after {@code from}, without its line break. */
    private static String lineAfter(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
