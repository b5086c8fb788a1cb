package io.github.siked.data.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quickstart student's tokenization as the spike in docs/method.md ("Quickstart") describes it: whole words, one token
 * per digit, one per punctuation mark. Identifiers split at underscores, which count as tokens.
 */
final class WordTokens {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z]+|\\d|\\S");

    private WordTokens() {}

    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Every number written in the text, in order. */
    static List<Long> numbers(String text) {
        List<Long> numbers = new ArrayList<>();
        Matcher m = Pattern.compile("\\d+").matcher(text);
        while (m.find()) {
            numbers.add(Long.parseLong(m.group()));
        }
        return numbers;
    }
}
