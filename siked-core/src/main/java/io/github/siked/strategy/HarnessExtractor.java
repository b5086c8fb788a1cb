package io.github.siked.strategy;

import io.github.siked.number.CanonicalNumber;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two answer filters of lm-evaluation-harness's {@code gsm8k} task, so that our accuracies can
 * be reported next to published harness numbers (docs/method.md, "Evaluation").
 *
 * <p>These mirror the task's configuration (facts about the harness, reimplemented here):
 *
 * <ul>
 *   <li>generation stops at {@code Question:}, {@code </s>} or {@code <|im_end|>}; our sampler does
 *       not, so both filters first cut the text at the earliest of these, anywhere, case-sensitive;
 *   <li><b>strict-match</b>: regex {@code #### (\-?[0-9\.\,]+)}, first match;
 *   <li><b>flexible-extract</b>: regex {@code (-?[$0-9.,]{2,})|(-?[0-9]+)}, last match, whichever
 *       group matched;
 *   <li>before comparing, the harness ignores {@code ,} and {@code $} and one trailing {@code .}.
 * </ul>
 *
 * Where the harness then compares strings, we canonicalise ({@link CanonicalNumber}) so that the
 * result compares like our own grader's; a match that is not a number after cleaning (flexible's
 * last match can be {@code ...} or {@code 1.2.3}) gives empty, which scores as wrong in both.
 */
public final class HarnessExtractor {

    private static final String[] STOPS = {"Question:", "</s>", "<|im_end|>"};

    private static final Pattern STRICT = Pattern.compile("#### (\\-?[0-9\\.\\,]+)");

    private static final Pattern FLEXIBLE = Pattern.compile("(-?[$0-9.,]{2,})|(-?[0-9]+)");

    private HarnessExtractor() {}

    /** The harness's strict-match answer: the number after the first {@code #### }. */
    public static Optional<String> strictMatch(String text) {
        Matcher m = STRICT.matcher(cutAtStops(text));
        return m.find() ? clean(m.group(1)) : Optional.empty();
    }

    /** The harness's flexible-extract answer: the last number-like run in the text. */
    public static Optional<String> flexibleExtract(String text) {
        Matcher m = FLEXIBLE.matcher(cutAtStops(text));
        String last = null;
        while (m.find()) {
            last = m.group(1) != null ? m.group(1) : m.group(2);
        }
        return last == null ? Optional.empty() : clean(last);
    }

    /** The text up to the harness's first stop sequence. */
    static String cutAtStops(String text) {
        if (text == null) {
            return "";
        }
        int end = text.length();
        for (String stop : STOPS) {
            int at = text.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return text.substring(0, end);
    }

    private static Optional<String> clean(String match) {
        String s = match.strip().replace(",", "").replace("$", "");
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        // As long a number as the answer extractor reads: the harness would compare such a string and
        // fail, and canonicalising thousands of digits would stall the grader.
        return s.length() > NumberScanner.MAX_LENGTH ? Optional.empty() : CanonicalNumber.canonical(s);
    }
}
