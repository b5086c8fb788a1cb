package io.github.siked.student;

import io.github.siked.strategy.Strategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * A word-level tokenizer for tiny students trained from scratch: whole words, one token per digit,
 * one per punctuation mark or Python operator, line breaks and indentation as tokens.
 *
 * <p>A throwaway spike (docs/method.md, "Quickstart") found that a 0.4 M-parameter decoder learns
 * the synthetic task in minutes with such tokens and not at all with characters: words keep rows
 * short, and single digits let arithmetic be learned digit by digit.
 *
 * <h2>Spaces</h2>
 *
 * Single spaces are implied by a fixed rule ({@link SpaceRule}: none between digits, before {@code
 * .} or after {@code (}, and so on). Where the text differs from the rule, the difference is written
 * as tokens: {@code <join>} for "no space where the rule puts one", and the blanks themselves
 * ({@code " "}, four spaces, a tab) for any other gap, such as indentation or two spaces. Decoding
 * applies the rule where no such token stands, so {@code decode(encode(t))} equals {@code t} for
 * every text whose pieces are in the vocabulary. Pieces that are not decode as {@code <unk>}.
 *
 * <h2>Vocabulary</h2>
 *
 * Ids are deterministic: the special tokens, the blanks, the strategy tags, the digits, every ASCII
 * punctuation mark and the Python operators come first in a fixed order (so programs never meet an
 * unknown symbol); then every other piece of the corpus, sorted by {@link String#compareTo}.
 */
public final class WordTokenizer implements StudentTokenizer {

    public static final String PAD = "<pad>";
    public static final String BOS = "<bos>";
    public static final String EOS = "<eos>";
    public static final String UNK = "<unk>";
    /** "No space here", where {@link SpaceRule} would put one. */
    public static final String JOIN = "<join>";

    static final String INDENT = "    ";
    private static final List<String> SPECIALS = List.of(PAD, BOS, EOS, UNK, JOIN);
    private static final List<String> BLANKS = List.of(" ", INDENT, "\t");
    private static final List<String> OPERATORS =
            List.of("**", "**=", "//", "//=", "==", "!=", "<=", ">=", "->", "+=", "-=", "*=", "/=", "%=");

    private final List<String> vocabulary;
    private final Map<String, Integer> ids;
    private final boolean splitIdentifiers;
    private final WordScanner scanner;

    /**
     * A tokenizer over a vocabulary already in id order, as {@link WordTokenizerFile} reads it.
     *
     * @throws IllegalArgumentException when a token repeats or the fixed tokens are not first, in order
     */
    WordTokenizer(List<String> vocabulary, boolean splitIdentifiers) {
        this.vocabulary = List.copyOf(vocabulary);
        this.splitIdentifiers = splitIdentifiers;
        this.scanner = new WordScanner(splitIdentifiers);
        List<String> fixed = fixedTokens();
        if (this.vocabulary.size() < fixed.size()
                || !this.vocabulary.subList(0, fixed.size()).equals(fixed)) {
            throw new IllegalArgumentException("a word vocabulary must start with the "
                    + fixed.size()
                    + " fixed tokens "
                    + SPECIALS
                    + ", blanks, tags, digits and punctuation in their fixed order: rebuild it with"
                    + " WordTokenizer.build");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.vocabulary.size(); i++) {
            if (index.putIfAbsent(this.vocabulary.get(i), i) != null) {
                throw new IllegalArgumentException(
                        "token '" + this.vocabulary.get(i) + "' appears twice in the vocabulary, at ids "
                                + index.get(this.vocabulary.get(i)) + " and " + i + ": each token needs one id");
            }
        }
        this.ids = Map.copyOf(index);
    }

    /**
     * Builds a vocabulary from a corpus: the training questions, rationales in every strategy and
     * {@link StudentFormat#fixedTexts()}, so that the template and tags are covered.
     *
     * @param splitIdentifiers whether identifiers split at underscores ({@code cards_per_box} is
     *     {@code cards _ per _ box}), sharing their words with the prose
     */
    public static WordTokenizer build(Iterable<String> corpus, boolean splitIdentifiers) {
        WordScanner scanner = new WordScanner(splitIdentifiers);
        Set<String> fixed = new LinkedHashSet<>(fixedTokens());
        Set<String> seen = new TreeSet<>();
        for (String text : corpus) {
            for (WordScanner.Piece piece : scanner.scan(text)) {
                if (piece.text() != null && !fixed.contains(piece.text())) {
                    seen.add(piece.text());
                }
            }
        }
        List<String> vocabulary = new ArrayList<>(fixed);
        vocabulary.addAll(seen);
        return new WordTokenizer(vocabulary, splitIdentifiers);
    }

    /**
     * {@link #forExamples(StudentFormat, List, boolean)} with identifiers split at underscores, the
     * default: on the quickstart data it halves the vocabulary (189 tokens against 387) and, unlike
     * whole identifiers, leaves no unknown names in the out-of-distribution splits' programs ({@code
     * books_in_all} is new, its words are not).
     */
    public static WordTokenizer forExamples(StudentFormat format, List<TrainingExample> examples) {
        return forExamples(format, examples, true);
    }

    /**
     * Builds the vocabulary of a from-scratch student from its training data: every question, every
     * response as the format writes it, and the format's fixed texts.
     */
    public static WordTokenizer forExamples(
            StudentFormat format, List<TrainingExample> examples, boolean splitIdentifiers) {
        List<String> corpus = new ArrayList<>(format.fixedTexts());
        for (TrainingExample example : examples) {
            corpus.add(format.prompt(example.question(), Optional.of(example.strategy())));
            corpus.add(format.response(example.strategy(), example.rationale()));
        }
        return build(corpus, splitIdentifiers);
    }

    /** The tokens every vocabulary starts with, in id order. */
    static List<String> fixedTokens() {
        List<String> fixed = new ArrayList<>(SPECIALS);
        fixed.add("\n");
        fixed.addAll(BLANKS);
        for (Strategy strategy : Strategy.values()) {
            fixed.add(strategy.tag());
        }
        for (char digit = '0'; digit <= '9'; digit++) {
            fixed.add(String.valueOf(digit));
        }
        for (char c = '!'; c <= '~'; c++) {
            if (!Character.isLetterOrDigit(c)) {
                fixed.add(String.valueOf(c));
            }
        }
        fixed.addAll(OPERATORS);
        return fixed;
    }

    @Override
    public int[] encode(String text) {
        List<Integer> out = new ArrayList<>();
        String previous = null;
        for (WordScanner.Piece piece : scanner.scan(Objects.requireNonNull(text, "text"))) {
            boolean ruleSpace = piece.text() != null && SpaceRule.spaceBetween(previous, piece.text());
            String expected = ruleSpace ? " " : "";
            if (!piece.gap().equals(expected)) {
                if (piece.gap().isEmpty()) {
                    out.add(ids.get(JOIN));
                } else {
                    writeBlanks(piece.gap(), out);
                }
            }
            if (piece.text() != null) {
                out.add(ids.getOrDefault(piece.text(), ids.get(UNK)));
                previous = piece.text();
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Spaces in runs of four, then singles; tabs one by one. */
    private void writeBlanks(String gap, List<Integer> out) {
        int i = 0;
        while (i < gap.length()) {
            if (gap.startsWith(INDENT, i)) {
                out.add(ids.get(INDENT));
                i += INDENT.length();
            } else {
                out.add(ids.get(String.valueOf(gap.charAt(i))));
                i++;
            }
        }
    }

    @Override
    public String decode(int[] tokens) {
        StringBuilder text = new StringBuilder();
        StringBuilder explicitGap = null;
        String previous = null;
        for (int id : tokens) {
            String token = token(id);
            if (token.equals(PAD) || token.equals(BOS) || token.equals(EOS)) {
                continue;
            }
            if (token.equals(JOIN) || BLANKS.contains(token)) {
                explicitGap = explicitGap == null ? new StringBuilder() : explicitGap;
                explicitGap.append(token.equals(JOIN) ? "" : token);
                continue;
            }
            if (explicitGap != null) {
                text.append(explicitGap);
            } else if (SpaceRule.spaceBetween(previous, token)) {
                text.append(' ');
            }
            text.append(token);
            explicitGap = null;
            previous = token;
        }
        if (explicitGap != null) {
            text.append(explicitGap);
        }
        return text.toString();
    }

    @Override
    public List<String> unknownPieces(String text) {
        List<String> unknown = new ArrayList<>();
        for (WordScanner.Piece piece : scanner.scan(text)) {
            if (piece.text() != null && !ids.containsKey(piece.text())) {
                unknown.add(piece.text());
            }
        }
        return unknown;
    }

    /**
     * The token of an id.
     *
     * @throws IllegalArgumentException for an id outside the vocabulary
     */
    public String token(int id) {
        if (id < 0 || id >= vocabulary.size()) {
            throw new IllegalArgumentException("token id " + id + " is outside this vocabulary of " + vocabulary.size()
                    + " tokens: the model and the tokenizer do not belong together");
        }
        return vocabulary.get(id);
    }

    /** The id of a token, or empty when the vocabulary lacks it. */
    public OptionalInt id(String token) {
        Integer id = ids.get(token);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /** The tokens in id order. */
    public List<String> vocabulary() {
        return vocabulary;
    }

    /** Whether identifiers split at underscores. */
    public boolean splitIdentifiers() {
        return splitIdentifiers;
    }

    @Override
    public OptionalInt bosId() {
        return OptionalInt.of(ids.get(BOS));
    }

    @Override
    public int eosId() {
        return ids.get(EOS);
    }

    @Override
    public int padId() {
        return ids.get(PAD);
    }

    @Override
    public int vocabularySize() {
        return vocabulary.size();
    }
}
