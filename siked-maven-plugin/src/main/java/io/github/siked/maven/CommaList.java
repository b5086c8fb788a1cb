package io.github.siked.maven;

import io.github.siked.strategy.Strategy;
import java.util.Arrays;
import java.util.List;

/** Reads the comma-separated lists that goal parameters hold (datasets, strategies, seeds). */
final class CommaList {

    private CommaList() {}

    /** The items, stripped, blanks left out; empty for a null or blank text. */
    static List<String> of(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /**
     * Strategy ids, a bad one named with the parameter that holds it.
     *
     * @param element how messages name the parameter: the pom element or the property
     * @throws IllegalArgumentException naming the element, the text and the strategies there are
     */
    static List<Strategy> strategies(String text, String element) {
        try {
            return of(text).stream().map(Strategy::fromId).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(element + " is '" + text + "': " + e.getMessage(), e);
        }
    }

    /**
     * Seeds, a bad one named with the parameter that holds it.
     *
     * @throws IllegalArgumentException naming the element and the text
     */
    static List<Long> seeds(String text, String element) {
        try {
            return of(text).stream().map(Long::parseLong).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    element + " is '" + text + "': give whole numbers separated by commas, for instance 1,2,3");
        }
    }
}
