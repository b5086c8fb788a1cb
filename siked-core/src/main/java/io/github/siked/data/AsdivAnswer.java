package io.github.siked.data;

import io.github.siked.number.CanonicalNumber;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the gold number of an ASDiv {@code <Answer>}: one number, optionally followed by its unit
 * in parentheses ({@code 9 (apples)} is 9). Anything else is not one number and is skipped with
 * one of the reasons below, never guessed: a clock time read as its hours, or a ratio or fraction
 * read as one of its terms, would make a wrong gold answer.
 */
final class AsdivAnswer {

    static final String SEVERAL = "several answers separated by ';'";
    static final String WORDS = "a word answer (a name, yes/no, a choice) with no number";
    static final String RATIO_OR_TIME = "a ratio or a clock time (a:b), not one number";
    static final String FRACTION = "a fraction (a/b), which the dataset README counts as not one number";
    static final String NUMBER_IN_WORDS = "a number inside words (an ordinal, a date, a label), not one number";

    /** A trailing unit in parentheses: {@code 128 (sq. ft)}. */
    private static final Pattern UNIT = Pattern.compile("(.*?)\\s*\\([^()]*\\)");

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern COLON_BETWEEN_DIGITS = Pattern.compile("\\d\\s*:\\s*\\d");

    private AsdivAnswer() {}

    /** The canonical gold number, or empty when the answer is not one number. */
    static Optional<String> number(String raw) {
        String text = raw.strip();
        if (text.contains(";") || text.contains("/")) {
            return Optional.empty();
        }
        Matcher unit = UNIT.matcher(text);
        String number = unit.matches() ? unit.group(1) : text;
        return CanonicalNumber.canonical(number);
    }

    /** Why an answer that {@link #number} rejected is not one number. */
    static String reason(String raw) {
        if (raw.contains(";")) {
            return SEVERAL;
        }
        if (!DIGIT.matcher(raw).find()) {
            return WORDS;
        }
        if (COLON_BETWEEN_DIGITS.matcher(raw).find()) {
            return RATIO_OR_TIME;
        }
        if (raw.contains("/")) {
            return FRACTION;
        }
        return NUMBER_IN_WORDS;
    }
}
