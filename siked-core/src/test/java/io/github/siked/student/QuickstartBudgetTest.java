package io.github.siked.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.data.synthetic.SyntheticProblem;
import io.github.siked.strategy.Strategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tiny student's budget on the quickstart data (seed 7, default sizes): vocabulary size and row
 * lengths with the rationale shapes of {@link SyntheticRationales}. The limits hold the quickstart
 * to the spike's scale (docs/method.md, "Quickstart": 179 symbols, rows of about 86 tokens), so
 * that a change to the template, the generator or the tokenizer that inflates rows fails here
 * rather than as a slower, worse experiment. The figures are printed for the record.
 */
class QuickstartBudgetTest {

    private static final int ROW = 256;

    @Test
    void vocabularyAndRowsFitTheTinyStudent() {
        StudentEncoder encoder = new StudentEncoder(StudentFormat.tagged(), WordTokenizerTest.quickstart(true));
        WordTokenizer whole = WordTokenizerTest.quickstart(false);
        List<TokenizedExample> all = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        int longest = 0;
        report.append(String.format(
                "vocabulary: %d tokens with identifiers split at '_', %d kept whole%n",
                encoder.tokenizer().vocabularySize(), whole.vocabularySize()));
        for (Strategy strategy : Strategy.values()) {
            int[] lengths = lengths(encoder, strategy, all);
            int[] prompts = all.stream()
                    .skip(all.size() - lengths.length)
                    .mapToInt(x -> x.promptIds().length)
                    .toArray();
            Arrays.sort(lengths);
            report.append(String.format(
                    "%s rows: prompt mean %.1f, prompt+response mean %.1f, median %d, max %d%n",
                    strategy,
                    Arrays.stream(prompts).average().orElseThrow(),
                    Arrays.stream(lengths).average().orElseThrow(),
                    lengths[lengths.length / 2],
                    lengths[lengths.length - 1]));
            longest = Math.max(longest, lengths[lengths.length - 1]);
        }
        WordTokenizer tokenizer = (WordTokenizer) encoder.tokenizer();
        Set<Integer> gaps = Set.of(
                tokenizer.id(WordTokenizer.JOIN).getAsInt(),
                tokenizer.id(" ").getAsInt(),
                tokenizer.id(WordTokenizer.INDENT).getAsInt(),
                tokenizer.id("\t").getAsInt());
        long gapTokens = all.stream()
                .flatMapToInt(x -> Arrays.stream(StudentEncoder.concat(x.promptIds(), x.responseIds())))
                .filter(gaps::contains)
                .count();
        report.append(String.format(
                "space-rule corrections (<join>, blanks): %.2f tokens per example%n", (double) gapTokens / all.size()));
        Packing packing = new Packer(ROW, Overflow.REJECT, encoder.tokenizer().padId()).pack(all, 0);
        report.append(packing.describe()).append(" at maxLength ").append(ROW);
        System.out.println(report);
        assertTrue(longest <= ROW, "every example must fit a row of " + ROW + ":\n" + report);
        assertTrue(encoder.tokenizer().vocabularySize() < 256, report.toString());
        assertEquals(0, packing.rejected());
        assertTrue(packing.fill() > 0.85, report.toString());
    }

    private static int[] lengths(StudentEncoder encoder, Strategy strategy, List<TokenizedExample> all) {
        List<SyntheticProblem> train = SyntheticRationales.splits().get("train");
        int[] lengths = new int[train.size()];
        for (int i = 0; i < train.size(); i++) {
            SyntheticProblem p = train.get(i);
            TokenizedExample example = encoder.encode(
                    new TrainingExample(
                            p.id(), p.question(), strategy, SyntheticRationales.write(strategy, p.computation())),
                    1f);
            lengths[i] = example.length();
            all.add(example);
        }
        return lengths;
    }
}
