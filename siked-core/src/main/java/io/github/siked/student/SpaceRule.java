package io.github.siked.student;

import java.util.Set;

/**
 * Whether a space is written between two tokens, by default: the rule that lets {@link
 * WordTokenizer} leave single spaces out of the token stream.
 *
 * <p>The rule is fixed and fitted to the texts the project writes: prose ({@code 44 crates of
 * cards.}), arithmetic ({@code 44 * 25 = 1100}), Python ({@code answer = lcm(a, b)}), tags ({@code
 * [cot]: }). It says "no space" at the start of a text and around line breaks, between digits (so
 * numbers read whole), before closing punctuation ({@code . , : ; ? ! ) ] } %}), after opening
 * brackets and {@code $}, around {@code _} (identifier parts), and between a word and a following
 * {@code (} or {@code [} (calls and indexing); "one space" everywhere else. Where a text departs from
 * the rule the tokenizer writes the difference as tokens, so the rule costs tokens, never
 * exactness.
 */
final class SpaceRule {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ":", ";", "?", "!", ")", "]", "}", "%", "\r");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$");

    private SpaceRule() {}

    /**
     * Whether one space separates {@code previous} and {@code next} by default.
     *
     * @param previous the token before, or null at the start of the text
     * @param next the token after
     */
    static boolean spaceBetween(String previous, String next) {
        if (previous == null || previous.equals("\n") || next.equals("\n")) {
            return false;
        }
        if (isDigit(previous) && isDigit(next)) {
            return false;
        }
        if (NO_SPACE_BEFORE.contains(next) || NO_SPACE_AFTER.contains(previous)) {
            return false;
        }
        if (previous.equals("_") || next.equals("_")) {
            return false;
        }
        boolean opening = next.equals("(") || next.equals("[");
        return !(opening && isWordLike(previous));
    }

    private static boolean isDigit(String token) {
        return token.length() == 1 && token.charAt(0) >= '0' && token.charAt(0) <= '9';
    }

    private static boolean isWordLike(String token) {
        char last = token.charAt(token.length() - 1);
        return Character.isLetterOrDigit(last) || last == '_';
    }
}
