package io.github.siked.student;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The pieces of some texts that a tokenizer encodes as unknown, counted, for a warning. A word
 * student meets a word its vocabulary lacks when a test set uses new nouns; in the spike such splits
 * scored 0 % for every model (docs/method.md, "Quickstart"), which measures the vocabulary, not the
 * student, so the user must hear about it.
 *
 * @param texts how many texts were read
 * @param affected how many of them hold at least one unknown piece
 * @param counts each unknown piece and how often it occurs, most frequent first
 */
public record UnknownPieces(int texts, int affected, Map<String, Integer> counts) {

    /** How many pieces a warning names before it stops listing. */
    private static final int LISTED = 10;

    public UnknownPieces {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(counts, "counts")));
    }

    /** Counts the unknown pieces of every text. */
    public static UnknownPieces tally(StudentTokenizer tokenizer, Iterable<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        int read = 0;
        int affected = 0;
        for (String text : texts) {
            read++;
            List<String> unknown = tokenizer.unknownPieces(text);
            affected += unknown.isEmpty() ? 0 : 1;
            unknown.forEach(piece -> counts.merge(piece, 1, Integer::sum));
        }
        Map<String, Integer> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        return new UnknownPieces(read, affected, sorted);
    }

    /** A warning naming the most frequent unknown pieces, or empty when every piece is known. */
    public Optional<String> warning() {
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        String listed = counts.entrySet().stream()
                .limit(LISTED)
                .map(e -> "'" + e.getKey().replace("\n", "\\n") + "' (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        String more = counts.size() > LISTED ? " and " + (counts.size() - LISTED) + " more" : "";
        return Optional.of(String.format(
                "%,d of %,d texts hold pieces the student's vocabulary lacks, encoded as <unk>: %s%s;"
                        + " build the vocabulary from data that uses them, or expect these texts to be"
                        + " answered blind",
                affected, texts, listed, more));
    }
}
