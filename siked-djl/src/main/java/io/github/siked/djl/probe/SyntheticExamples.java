package io.github.siked.djl.probe;

import io.github.siked.strategy.Strategy;
import io.github.siked.student.StudentEncoder;
import io.github.siked.student.StudentFormat;
import io.github.siked.student.TrainingExample;
import io.github.siked.student.WordTokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Training examples of random words for speed measurements: every example encodes to exactly a
 * quarter of a row, so the packer fills each row with four of them and no padding, and the word
 * list is sized so that the tokenizer built from the examples has about the vocabulary asked for.
 */
final class SyntheticExamples {

    private static final int PER_ROW = 4;
    private static final int QUESTION_WORDS = 12;

    private SyntheticExamples() {}

    /**
     * {@code rows} rows' worth of examples for rows of {@code length} tokens (a multiple of 4).
     *
     * @param vocab the vocabulary wanted; the result is at least the format's fixed tokens
     */
    static List<TrainingExample> filling(StudentFormat format, int vocab, int length, int rows, long seed) {
        if (length % PER_ROW != 0) {
            throw new IllegalArgumentException("the row length must be a multiple of " + PER_ROW + "; was " + length);
        }
        // Find what the format and the fixed tokens cost with a one-word vocabulary, then size both.
        List<String> one = List.of("ba");
        TrainingExample probe = example(0, QUESTION_WORDS, 1, new Deck(one, new Random(0)));
        WordTokenizer base = WordTokenizer.forExamples(format, List.of(probe));
        int wordCount = Math.max(1, vocab - base.vocabularySize() + 1);
        List<String> words = new ArrayList<>();
        for (int i = 0; words.size() < wordCount; i++) {
            words.add(word(i));
        }
        int exampleLength = length / PER_ROW;
        StudentEncoder encoder = new StudentEncoder(format, base);
        int overhead = encoder.encode(probe, 1f).length() - QUESTION_WORDS - 1;
        int questionWords = Math.min(QUESTION_WORDS, (exampleLength - overhead) / 2);
        int bodyWords = exampleLength - overhead - questionWords;
        if (questionWords < 1) {
            throw new IllegalArgumentException("rows of " + length + " tokens leave no room for a"
                    + " question and a body after the format's " + overhead + " tokens: use longer rows");
        }
        Deck deck = new Deck(words, new Random(seed));
        List<TrainingExample> examples = new ArrayList<>();
        for (int i = 0; i < rows * PER_ROW; i++) {
            examples.add(example(i, questionWords, bodyWords, deck));
        }
        return examples;
    }

    private static TrainingExample example(int id, int questionWords, int bodyWords, Deck deck) {
        return new TrainingExample("probe-" + id, deck.sentence(questionWords), Strategy.COT, deck.sentence(bodyWords));
    }

    /**
     * Words dealt from a shuffled deck of all of them, reshuffled when it runs out, so that every
     * word occurs (and the vocabulary has the size asked for) once the examples hold as many words.
     */
    private static final class Deck {
        private final List<String> cards;
        private final Random random;
        private int next;

        Deck(List<String> words, Random random) {
            this.cards = new ArrayList<>(words);
            this.random = random;
            Collections.shuffle(cards, random);
        }

        String sentence(int count) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (next == cards.size()) {
                    Collections.shuffle(cards, random);
                    next = 0;
                }
                text.append(i == 0 ? "" : " ").append(cards.get(next++));
            }
            return text.toString();
        }
    }

    /** Two or more lower-case letters: a word the tokenizer keeps whole (digits are split). */
    private static String word(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index;
        do {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return letters.append('q').reverse().toString();
    }
}
