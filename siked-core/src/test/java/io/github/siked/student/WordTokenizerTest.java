package io.github.siked.student;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.data.synthetic.SyntheticProblem;
import io.github.siked.strategy.Strategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordTokenizerTest {

    private static final StudentFormat FORMAT = StudentFormat.tagged();

    /** The quickstart's vocabulary: training questions, rationales of all strategies, the template. */
    static synchronized WordTokenizer quickstart(boolean splitIdentifiers) {
        return QUICKSTART.computeIfAbsent(splitIdentifiers, WordTokenizerTest::buildQuickstart);
    }

    private static final Map<Boolean, WordTokenizer> QUICKSTART = new HashMap<>();

    private static WordTokenizer buildQuickstart(boolean splitIdentifiers) {
        List<TrainingExample> examples = new ArrayList<>();
        for (SyntheticProblem p : SyntheticRationales.splits().get("train")) {
            for (Strategy s : Strategy.values()) {
                examples.add(
                        new TrainingExample(p.id(), p.question(), s, SyntheticRationales.write(s, p.computation())));
            }
        }
        return WordTokenizer.forExamples(FORMAT, examples, splitIdentifiers);
    }

    private static List<String> tokens(WordTokenizer tokenizer, String text) {
        return Arrays.stream(tokenizer.encode(text)).mapToObj(tokenizer::token).toList();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everySyntheticQuestionRoundTripsWithoutUnknowns(boolean splitIdentifiers) {
        WordTokenizer tokenizer = quickstart(splitIdentifiers);
        for (Map.Entry<String, List<SyntheticProblem>> split :
                SyntheticRationales.splits().entrySet()) {
            for (SyntheticProblem p : split.getValue()) {
                String prompt = FORMAT.prompt(p.question(), Optional.empty());
                assertEquals(List.of(), tokenizer.unknownPieces(prompt), p.id());
                assertEquals(prompt, tokenizer.decode(tokenizer.encode(prompt)), p.id());
            }
        }
    }

    @Test
    void everyRationaleShapeRoundTripsOnAllSplits() {
        // Only with identifiers split: whole identifiers of the OOD splits (books_in_all) are unknown.
        WordTokenizer tokenizer = quickstart(true);
        for (List<SyntheticProblem> split : SyntheticRationales.splits().values()) {
            for (SyntheticProblem p : split) {
                for (Strategy s : Strategy.values()) {
                    String response = FORMAT.response(s, SyntheticRationales.write(s, p.computation()));
                    assertEquals(response, tokenizer.decode(tokenizer.encode(response)), p.id() + " " + s);
                }
            }
        }
    }

    @Test
    void digitsOperatorsAndTagsAreTokensOfTheirOwn() {
        WordTokenizer tokenizer = quickstart(true);
        assertEquals(
                List.of(
                        "[pot]:", "cards", "_", "per", "_", "crate", "=", "2", "5", "\n", "answer", "=", "cards", "**",
                        "2", "//", "3"),
                tokens(tokenizer, "[pot]: cards_per_crate = 25\nanswer = cards ** 2 // 3"));
    }

    @Test
    void wholeIdentifiersAreOneToken() {
        WordTokenizer tokenizer = quickstart(false);
        assertEquals(List.of("cards_per_crate", "=", "2", "5"), tokens(tokenizer, "cards_per_crate = 25"));
    }

    @Test
    void gapsAgainstTheRuleBecomeTokensAndRoundTrip() {
        List<String> texts = List.of(
                "def solve(x):\n    y = x * 2\n    return y\n\nanswer = solve(3)",
                "def f():\n\tif x:\n\t\treturn (x, [1, 2])\n        return 0",
                "  leading and trailing  \n",
                "cost is $3.50, total 1,100 (50%)!",
                "x=3;y = -x",
                "a\r\nb",
                "naïve café 😀!",
                "Ann's Sub-question 1 :x",
                "",
                " ",
                "\n\n\n");
        WordTokenizer tokenizer = WordTokenizer.build(texts, true);
        for (String text : texts) {
            assertEquals(List.of(), tokenizer.unknownPieces(text));
            assertEquals(text, tokenizer.decode(tokenizer.encode(text)), text);
        }
        assertEquals(List.of("cost", "is", "$", "3", ".", "<join>", "5", "0"), tokens(tokenizer, "cost is $3.50"));
        assertEquals(List.of("if", "x", ":", "\n", "    ", "return"), tokens(tokenizer, "if x:\n    return"));
    }

    @Test
    void randomTextsOverKnownPiecesRoundTrip() {
        // Any text round-trips once its pieces are known, whatever its spacing: the rule only decides
        // how many correction tokens are needed.
        String[] alphabet = {
            "a", "bc", "_", "1", "7", " ", "  ", "\t", "\n", ".", ",", "(", ")", "[", "]", "$", "%", "*", "**", "=",
            "-", "'", "[cot]:", "[pot]", "\r", "é", "#", ":", "\"", "{", "}", "/"
        };
        SplittableRandom random = new SplittableRandom(11);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(25); n > 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(text.toString());
        }
        for (boolean split : new boolean[] {true, false}) {
            WordTokenizer tokenizer = WordTokenizer.build(texts, split);
            for (String text : texts) {
                assertEquals(text, tokenizer.decode(tokenizer.encode(text)), () -> "split " + split + ": " + text);
            }
        }
    }

    @Test
    void unknownWordsAreReportedAndDecodeAsUnk() {
        WordTokenizer tokenizer = WordTokenizer.build(List.of("Ann has cards"), true);
        String text = "Ann has 3 zebras and cards";
        assertEquals(List.of("zebras", "and"), tokenizer.unknownPieces(text));
        assertEquals("Ann has 3 <unk> <unk> cards", tokenizer.decode(tokenizer.encode(text)));
    }

    @Test
    void unknownPiecesAreTalliedIntoOneWarning() {
        WordTokenizer tokenizer = WordTokenizer.build(List.of("Ann has cards"), true);
        UnknownPieces tally =
                UnknownPieces.tally(tokenizer, List.of("Ann has zebras", "Ann has cards", "zebras and llamas"));
        assertEquals(Map.of("zebras", 2, "and", 1, "llamas", 1), tally.counts());
        assertEquals(
                "2 of 3 texts hold pieces the student's vocabulary lacks, encoded as <unk>: 'zebras' (2),"
                        + " 'and' (1), 'llamas' (1); build the vocabulary from data that uses them, or expect"
                        + " these texts to be answered blind",
                tally.warning().orElseThrow());
        assertEquals(
                Optional.empty(),
                UnknownPieces.tally(tokenizer, List.of("Ann has 3 cards")).warning());
    }

    @Test
    void idsDoNotDependOnCorpusOrder() {
        List<String> corpus = new ArrayList<>(List.of("Ann has 3 cards.", "Ben sells pens", "x_y = 2"));
        WordTokenizer first = WordTokenizer.build(corpus, true);
        Collections.reverse(corpus);
        WordTokenizer second = WordTokenizer.build(corpus, true);
        assertEquals(first.vocabulary(), second.vocabulary());
        assertEquals(
                WordTokenizer.fixedTokens(),
                first.vocabulary().subList(0, WordTokenizer.fixedTokens().size()));
        assertEquals(
                List.of("Ann", "Ben", "cards", "has", "pens", "sells", "x", "y"),
                first.vocabulary().subList(WordTokenizer.fixedTokens().size(), first.vocabularySize()));
    }

    @Test
    void specialIdsAreFixedAndSkippedWhenDecoding() {
        WordTokenizer tokenizer = WordTokenizer.build(List.of("Ann"), true);
        assertEquals(0, tokenizer.padId());
        assertEquals(1, tokenizer.bosId().getAsInt());
        assertEquals(2, tokenizer.eosId());
        int ann = tokenizer.id("Ann").getAsInt();
        assertEquals("Ann Ann", tokenizer.decode(new int[] {1, ann, 2, ann, 0, 0}));
    }

    @Test
    void anIdOutsideTheVocabularySaysTheyDoNotBelongTogether() {
        WordTokenizer tokenizer = WordTokenizer.build(List.of("Ann"), true);
        int size = tokenizer.vocabularySize();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> tokenizer.decode(new int[] {size}));
        assertEquals(
                "token id " + size + " is outside this vocabulary of " + size
                        + " tokens: the model and the tokenizer do not belong together",
                e.getMessage());
    }

    @Test
    void aVocabularyWithoutTheFixedTokensIsRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new WordTokenizer(List.of("<pad>", "Ann"), true));
        assertTrue(e.getMessage().endsWith("rebuild it with WordTokenizer.build"), e.getMessage());
    }

    @Test
    void encodingPiecesSeparatelyCanDifferFromEncodingTheJoinedText() {
        // Why StudentEncoder concatenates ids: the prefill's trailing space is a token of its own when
        // encoded alone, but the rule's implied space when encoded with the body.
        WordTokenizer tokenizer = quickstart(true);
        int[] separate = StudentEncoder.concat(tokenizer.encode("[cot]: "), tokenizer.encode("1. Cards"));
        int[] joined = tokenizer.encode("[cot]: 1. Cards");
        assertFalse(Arrays.equals(separate, joined));
        assertEquals(tokenizer.decode(joined), tokenizer.decode(separate));
        assertArrayEquals(separate, StudentEncoder.concat(tokenizer.encode("[cot]: "), tokenizer.encode("1. Cards")));
    }
}
