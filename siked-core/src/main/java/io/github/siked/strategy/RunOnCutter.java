package io.github.siked.strategy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a generation where the model runs on into a new example, so that numbers of an invented
 * next question never reach the "last number" rule or a program.
 *
 * <p>Small students trained with packing often keep writing after their answer: a new {@code
 * Question:}, an {@code ### Instruction} block, another strategy tag. The text is cut at the
 * earliest of these markers:
 *
 * <ul>
 *   <li>at the start of a line (after optional spaces or tabs), case-insensitive: {@code Question:},
 *       {@code Q:}, {@code Problem:}; the Alpaca-style sections that the SIKeD prompts use ({@code
 *       Below is an instruction …}, {@code Instruction:}, {@code Input:}, {@code Response:}); and a
 *       Markdown-style header of two or more {@code #} followed by {@code Instruction}, {@code
 *       Input}, {@code Response}, {@code Question} or {@code Problem} ({@code ### Instruction:});
 *   <li>anywhere: a strategy tag ({@link StrategyTag}), and the end-of-text tokens that chat
 *       templates use ({@code </s>}, {@code <eos>}, {@code <end_of_turn>}, {@code <start_of_turn>},
 *       and any {@code <|word|>} such as {@code <|endoftext|>}, {@code <|im_end|>}, {@code <|eot_id|>}).
 * </ul>
 *
 * <p>A marker before the first non-blank character does not count: a response that restates
 * {@code Question: …} before solving it is not a run-on. Sub-question lines of least-to-most
 * ({@code Sub-question 1:}) do not start with a marker, so they are never cut.
 */
public final class RunOnCutter {

    private static final Pattern MARKER = Pattern.compile(
            "^[ \\t]*(?:question:|q:|problem:|instruction:|input:|response:|below is an instruction\\b"
                    + "|#{2,}[ \\t]*(?:instruction|input|response|question|problem)\\b)"
                    + "|" + StrategyTag.ANYWHERE.pattern()
                    + "|</s>|<eos>|<end_of_turn>|<start_of_turn>|<\\|[a-z_]+\\|>",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private RunOnCutter() {}

    /** The text up to the first run-on marker after its first non-blank character; null gives empty. */
    public static String cut(String text) {
        if (text == null) {
            return "";
        }
        int content = firstNonBlank(text);
        if (content < 0) {
            return text;
        }
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            // A line-start marker's match begins with the line's indentation: the marker itself decides.
            if (firstNonBlankFrom(text, m.start()) > content) {
                return text.substring(0, m.start());
            }
        }
        return text;
    }

    private static int firstNonBlank(String text) {
        int i = firstNonBlankFrom(text, 0);
        return i < text.length() ? i : -1;
    }

    private static int firstNonBlankFrom(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
