package io.github.siked.eval;

import io.github.siked.record.GradedSample;
import io.github.siked.strategy.Strategy;
import io.github.siked.strategy.StrategyTag;
import io.github.siked.verify.HarnessScore;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates greedy, free-choice outputs: one per problem, the student writing its own strategy tag
 * (SIKeD, arXiv 2410.18574, section 4). The strategy an output chose is the one its leading tag
 * names ({@link StrategyTag#read}); an output with no tag counts under {@link DatasetEval#NONE}.
 * The record's {@code strategy} field is not used for this: the sampler stores an untagged
 * free-choice output as cot.
 */
public final class GreedyEval {

    private GreedyEval() {}

    /**
     * Accuracy, its Wilson interval, the chosen strategies and the harness scores of one dataset.
     *
     * @param dataset the dataset's name, for the result and for error messages
     * @param graded one graded greedy output per problem (index 0)
     * @throws IllegalArgumentException when the list is empty, when an output has an index other
     *     than 0 (sampled with k > 1, not greedy), or when a problem appears twice
     */
    public static DatasetEval of(String dataset, List<GradedSample> graded) {
        if (graded.isEmpty()) {
            throw new IllegalArgumentException(
                    dataset + ": no graded outputs to evaluate; check that the sample stage ran on this dataset");
        }
        Map<String, long[]> buckets = new LinkedHashMap<>();
        DatasetEval.BUCKETS.forEach(b -> buckets.put(b, new long[2]));
        Set<String> seen = new HashSet<>();
        long correct = 0;
        long cot = 0;
        long strict = 0;
        long flexible = 0;
        for (GradedSample s : graded) {
            requireGreedy(dataset, s, seen);
            Optional<Strategy> chosen = StrategyTag.read(s.text());
            long[] bucket = buckets.get(chosen.map(Strategy::id).orElse(DatasetEval.NONE));
            bucket[0]++;
            if (s.correct()) {
                bucket[1]++;
                correct++;
            }
            if (chosen.equals(Optional.of(Strategy.COT))) {
                HarnessScore h = HarnessScore.of(s.text(), s.gold());
                cot++;
                strict += h.strictMatch() ? 1 : 0;
                flexible += h.flexibleExtract() ? 1 : 0;
            }
        }
        long n = graded.size();
        Map<String, StrategyStats> byStrategy = new LinkedHashMap<>();
        buckets.forEach((bucket, c) ->
                byStrategy.put(bucket, new StrategyStats(c[0], Fractions.ratio(c[0], n), Fractions.ratio(c[1], c[0]))));
        Optional<HarnessScores> harness = cot == 0
                ? Optional.empty()
                : Optional.of(new HarnessScores(cot, Fractions.ratio(strict, cot), Fractions.ratio(flexible, cot)));
        return new DatasetEval(dataset, n, correct, byStrategy, harness);
    }

    private static void requireGreedy(String dataset, GradedSample s, Set<String> seen) {
        if (s.index() != 0) {
            throw new IllegalArgumentException(dataset + ": output " + s.index() + " of problem " + s.id()
                    + " is not a greedy output (index 0): evaluate greedy decoding with k=1");
        }
        if (!seen.add(s.id())) {
            throw new IllegalArgumentException(dataset + ": problem " + s.id()
                    + " has two greedy outputs (index 0): evaluate one output per problem, from one run");
        }
    }
}
