package io.github.siked.strategy;

import io.github.siked.number.CanonicalNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers written in model output, in order, as canonical strings.
 *
 * <p>What counts as one number:
 *
 * <ul>
 *   <li>an optional minus (only when not glued to a word or digit on its left, so {@code 5-3}
 *       holds 5 and 3) and an optional {@code $};
 *   <li>digits with thousands commas in groups of exactly three ({@code 10,000}; a list {@code 3,4}
 *       holds 3 and 4), or plain digits, each optionally with decimals; or a simple fraction
 *       {@code 3/4}; or a bare decimal {@code .5};
 *   <li>never glued to a letter or digit on its left ({@code l2m}, {@code x2}, {@code H2O} hold
 *       none) nor following a digit and a dot ({@code 1.2.3} is one number, 1.2); letters on the
 *       right are units and end the number ({@code 5kg} is 5);
 *   <li>a sentence-final period is not a decimal point ({@code is 18.} is 18, {@code 1.5.} is 1.5);
 *       {@code %} and other trailing symbols are ignored.
 * </ul>
 *
 * A candidate that does not parse (a zero denominator) or is longer than {@value #MAX_LENGTH}
 * characters is skipped: no gold answer is that long, and canonicalising a number of many thousands
 * of digits takes seconds, which a degenerate generation must not cost the grader.
 */
final class NumberScanner {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}_/])(?<!\\d\\.)(-?)\\$?"
            + "(\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+/\\d+(?![/\\d])|\\d+(?:\\.\\d+)?|\\.\\d+)");

    /** The longest candidate read as a number. */
    static final int MAX_LENGTH = 64;

    private NumberScanner() {}

    /** Every number in the text, left to right, as canonical strings. */
    static List<String> all(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            canonical(m).ifPresent(numbers::add);
        }
        return numbers;
    }

    /** The first number in the text, if any. */
    static Optional<String> first(String text) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            Optional<String> n = canonical(m);
            if (n.isPresent()) {
                return n;
            }
        }
        return Optional.empty();
    }

    /** The last number in the text, if any. */
    static Optional<String> last(String text) {
        List<String> numbers = all(text);
        return numbers.isEmpty() ? Optional.empty() : Optional.of(numbers.get(numbers.size() - 1));
    }

    private static Optional<String> canonical(Matcher m) {
        String candidate = m.group(1) + m.group(2);
        return candidate.length() > MAX_LENGTH ? Optional.empty() : CanonicalNumber.canonical(candidate);
    }
}
