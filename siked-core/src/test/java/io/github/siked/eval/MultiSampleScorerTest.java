package io.github.siked.eval;

import static io.github.siked.eval.Graded.sampled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.siked.record.GradedSample;
import io.github.siked.strategy.Strategy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultiSampleScorerTest {

    @Test
    void passAtKEqualsTheShareOfAllKSubsetsHoldingACorrectSample() {
        for (int n = 1; n <= 10; n++) {
            for (int c = 0; c <= n; c++) {
                for (int k = 1; k <= n; k++) {
                    assertEquals(
                            bruteForce(n, c, k),
                            MultiSampleScorer.passAtK(n, c, k),
                            1e-12,
                            "n=" + n + " c=" + c + " k=" + k);
                }
            }
        }
    }

    @Test
    void passAtKStaysExactWhereTheBinomialsAreHuge() {
        // C(200, 100) is about 9e58: the product form never builds it.
        double exact = 1
                - new BigDecimal(binomial(197, 100))
                        .divide(new BigDecimal(binomial(200, 100)), MathContext.DECIMAL64)
                        .doubleValue();
        assertEquals(exact, MultiSampleScorer.passAtK(200, 3, 100), 1e-12);
    }

    @Test
    void averagesPassAtKOverProblems() {
        List<GradedSample> samples = new ArrayList<>();
        // p1: 1 of 4 correct; p2: 4 of 4; p3: none.
        samples.addAll(problem("p1", "7", "7", "1", "2", "3"));
        samples.addAll(problem("p2", "7", "7", "7", "7", "7"));
        samples.addAll(problem("p3", "7", "1", "2", "3", "4"));
        MultiSampleScores scores = MultiSampleScorer.score("svamp", samples, 2);
        assertEquals(3, scores.problems());
        assertEquals((0.5 + 1.0 + 0.0) / 3, scores.passAtK(), 1e-12);
    }

    @Test
    void majorityTieGoesToTheEarliestSample() {
        // One vote each for 5 (index 0, wrong) and 7 (index 1, right): 5 came first and wins.
        assertEquals(0.0, majAt2("7", "5", "7"));
        assertEquals(1.0, majAt2("7", "7", "5"));
    }

    @Test
    void majorityComparesNumbersNotStrings() {
        assertEquals(
                1.0,
                MultiSampleScorer.score("d", problem("p", "18", "5", "18.0", "18"), 3)
                        .majAtK());
        assertEquals(
                1.0,
                MultiSampleScorer.score("d", problem("p", "0.3", "0.30000000000000004", "1", "0.3"), 3)
                        .majAtK());
    }

    @Test
    void missingPredictionsDoNotVote() {
        assertEquals(
                1.0,
                MultiSampleScorer.score("d", problem("p", "7", null, null, "7"), 3)
                        .majAtK());
        assertEquals(
                0.0,
                MultiSampleScorer.score("d", problem("p", "7", null, null, null), 3)
                        .majAtK());
    }

    @Test
    void majorityLooksAtTheFirstKSamplesByIndexWhateverTheFileOrder() {
        List<GradedSample> samples = new ArrayList<>(problem("p", "7", "7", "7", "5", "5", "5"));
        Collections.shuffle(samples, new Random(3));
        assertEquals(1.0, MultiSampleScorer.score("d", samples, 2).majAtK());
        assertEquals(1.0, MultiSampleScorer.score("d", samples, 3).majAtK());
        assertEquals(0.0, MultiSampleScorer.score("d", samples, 5).majAtK());
    }

    @Test
    void scoresEachForcedStrategyOnItsOwnAndInterleavesThemOverall() {
        List<GradedSample> samples = List.of(
                sampled("p", Strategy.POT, 0, "7", "5"),
                sampled("p", Strategy.POT, 1, "7", "5"),
                sampled("p", Strategy.COT, 0, "7", "7"),
                sampled("p", Strategy.COT, 1, "7", "7"),
                sampled("q", Strategy.POT, 0, "3", "3"),
                sampled("q", Strategy.POT, 1, "3", "3"),
                sampled("q", Strategy.COT, 0, "3", "3"),
                sampled("q", Strategy.COT, 1, "3", "1"));
        MultiSampleScores scores = MultiSampleScorer.score("d", samples, 2);
        assertEquals(Map.of("cot", 1.0, "pot", 0.5), scores.majAtKByStrategy());
        // p's first two are cot 0 (7) and pot 0 (5): a tie that cot, earlier in strategy order, wins.
        assertEquals(1.0, scores.majAtK());
        // pass@2 pools both strategies: p has 2 right of 4 (1 − C(2,2)/C(4,2) = 5/6), q 3 of 4 (1).
        assertEquals((5.0 / 6 + 1) / 2, scores.passAtK(), 1e-12);
        // With k=3 no strategy has enough samples on its own.
        assertEquals(Map.of(), MultiSampleScorer.score("d", samples, 3).majAtKByStrategy());
    }

    @Test
    void refusesTooFewSamplesRepeatsAndBadK() {
        List<GradedSample> two = problem("gsm8k-test-3", "7", "7", "7");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> MultiSampleScorer.score("gsm8k-test", two, 4));
        assertEquals(
                "gsm8k-test: problem gsm8k-test-3 has 2 samples, fewer than k=4: draw at least k samples per problem or lower k",
                e.getMessage());

        List<GradedSample> repeated = new ArrayList<>(two);
        repeated.add(sampled("gsm8k-test-3", Strategy.COT, 1, "7", "8"));
        e = assertThrows(IllegalArgumentException.class, () -> MultiSampleScorer.score("gsm8k-test", repeated, 1));
        assertEquals(
                "gsm8k-test: problem gsm8k-test-3 has two cot samples with index 1: score the samples of one run at a time",
                e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> MultiSampleScorer.score("gsm8k-test", two, 0));
        assertEquals("gsm8k-test: k must be 1 or more; was 0", e.getMessage());
    }

    /** maj@2 of one problem whose cot samples predicted the given answers, in index order. */
    private static double majAt2(String gold, String... predictions) {
        return MultiSampleScorer.score("d", problem("p", gold, predictions), 2).majAtK();
    }

    /** One problem's cot samples, index i predicting predictions[i]. */
    private static List<GradedSample> problem(String id, String gold, String... predictions) {
        List<GradedSample> samples = new ArrayList<>();
        for (int i = 0; i < predictions.length; i++) {
            samples.add(sampled(id, Strategy.COT, i, gold, predictions[i]));
        }
        return samples;
    }

    /** The share of k-subsets of n samples (the first c correct) that hold a correct one, by enumeration. */
    private static double bruteForce(int n, int c, int k) {
        int hits = 0;
        int subsets = 0;
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) == k) {
                subsets++;
                hits += (mask & ((1 << c) - 1)) != 0 ? 1 : 0;
            }
        }
        return (double) hits / subsets;
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            b = b.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return b;
    }
}
