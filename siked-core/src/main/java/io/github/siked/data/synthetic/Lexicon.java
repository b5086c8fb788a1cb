package io.github.siked.data.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The fixed words every split draws from. Keeping them few and shared keeps a word-level tokenizer
 * small (the quickstart student's vocabulary is about 180 symbols) and lets the out-of-distribution
 * splits reuse only words the student was trained on.
 */
final class Lexicon {

    static final List<String> PEOPLE = List.of("Ann", "Ben", "Cara", "Dan", "Eva", "Finn", "Gus", "Hana");

    /** Countable things, always plural: every drawn amount is at least 2. */
    static final List<String> ITEMS =
            List.of("apples", "pears", "eggs", "cups", "books", "pens", "cards", "shells", "marbles", "stickers");

    static final List<Container> CONTAINERS = List.of(
            new Container("box", "boxes"),
            new Container("bag", "bags"),
            new Container("tray", "trays"),
            new Container("crate", "crates"),
            new Container("basket", "baskets"),
            new Container("pack", "packs"));

    /** A container noun in both numbers: "each box", "38 boxes". */
    record Container(String singular, String plural) {}

    private Lexicon() {}

    static <T> T pick(SplittableRandom random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** {@code count} different elements in random order (a partial Fisher-Yates shuffle). */
    static <T> List<T> distinct(SplittableRandom random, List<T> choices, int count) {
        List<T> pool = new ArrayList<>(choices);
        for (int i = 0; i < count; i++) {
            int j = random.nextInt(i, pool.size());
            pool.set(j, pool.set(i, pool.get(j)));
        }
        return List.copyOf(pool.subList(0, count));
    }

    /** A person's name as it appears in quantity names: {@code ann}. */
    static String identifier(String person) {
        return person.toLowerCase(Locale.ROOT);
    }

    /**
     * The parts joined by single spaces: {@code words("Ann", "has", 5, "pens")} is "Ann has 5 pens".
     */
    static String words(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(text.length() == 0 ? "" : " ").append(part);
        }
        return text.toString();
    }

    /** "Ann", "Ann and Ben", "Ann, Ben and Cara". */
    static String list(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
