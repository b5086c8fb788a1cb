package io.github.siked.eval;

import io.github.siked.record.GradedSample;
import io.github.siked.strategy.Strategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores several samples per problem: maj@k and pass@k overall, and maj@k per strategy.
 *
 * <p>A problem's samples are put in order by {@code index}, then by strategy (cot, l2m, pot), so
 * the "first k" of a run that forced each strategy in turn interleave the strategies, and the
 * result does not depend on the order of the file. A sample's strategy here is the record's
 * {@code strategy} field: the strategy its response was forced to (SIKeD's self-sampling), or the
 * tag of a free choice. pass@k pools all of a problem's samples; maj@k votes among the first k
 * ({@link MajorityVote} states the voting and tie rules).
 */
public final class MultiSampleScorer {

    private static final Comparator<GradedSample> ORDER =
            Comparator.comparingInt(GradedSample::index).thenComparing(GradedSample::strategy);

    private MultiSampleScorer() {}

    /**
     * Scores the samples of one dataset.
     *
     * @param dataset the dataset's name, for the result and for error messages
     * @param graded every graded sample, at least {@code k} per problem
     * @param k how many samples each score looks at
     * @throws IllegalArgumentException when {@code k < 1}, the list is empty, a problem has fewer than
     *     {@code k} samples, or one (problem, strategy, index) appears twice
     */
    public static MultiSampleScores score(String dataset, List<GradedSample> graded, int k) {
        if (k < 1) {
            throw new IllegalArgumentException(dataset + ": k must be 1 or more; was " + k);
        }
        if (graded.isEmpty()) {
            throw new IllegalArgumentException(
                    dataset + ": no graded samples to score; check that the sample stage ran on this dataset");
        }
        Map<String, List<GradedSample>> byProblem = byProblem(dataset, graded);
        double pass = 0;
        long majority = 0;
        Map<Strategy, long[]> perStrategy = new LinkedHashMap<>();
        for (Map.Entry<String, List<GradedSample>> e : byProblem.entrySet()) {
            List<GradedSample> samples = e.getValue();
            if (samples.size() < k) {
                throw new IllegalArgumentException(dataset + ": problem " + e.getKey() + " has " + samples.size()
                        + " samples, fewer than k=" + k + ": draw at least k samples per problem or lower k");
            }
            samples.sort(ORDER);
            long c = samples.stream().filter(GradedSample::correct).count();
            pass += passAtK(samples.size(), c, k);
            majority += MajorityVote.correct(samples.subList(0, k)) ? 1 : 0;
            for (Strategy s : Strategy.values()) {
                List<GradedSample> own =
                        samples.stream().filter(x -> x.strategy() == s).toList();
                if (own.size() >= k) {
                    long[] counts = perStrategy.computeIfAbsent(s, x -> new long[2]);
                    counts[0]++;
                    counts[1] += MajorityVote.correct(own.subList(0, k)) ? 1 : 0;
                }
            }
        }
        long problems = byProblem.size();
        Map<String, Double> majByStrategy = new LinkedHashMap<>();
        for (Strategy s : Strategy.values()) {
            long[] counts = perStrategy.get(s);
            if (counts != null) {
                majByStrategy.put(s.id(), Fractions.ratio(counts[1], counts[0]));
            }
        }
        return new MultiSampleScores(
                dataset, problems, k, Fractions.ratio(majority, problems), pass / problems, majByStrategy);
    }

    /**
     * The unbiased estimate of the chance that at least one of k samples drawn without replacement
     * from n, c of them correct, is correct: 1 − C(n−c, k) / C(n, k) (Chen et al., arXiv 2107.03374,
     * section 2.1). The ratio of binomials is computed as the product of (1 − k/i) for i from n−c+1
     * to n, which never forms a binomial and so neither overflows nor loses precision.
     */
    static double passAtK(long n, long c, int k) {
        if (n - c < k) {
            // Fewer wrong samples than k: every draw of k holds a correct one.
            return 1.0;
        }
        double allWrong = 1.0;
        for (long i = n - c + 1; i <= n; i++) {
            allWrong *= 1.0 - (double) k / i;
        }
        return 1.0 - allWrong;
    }

    /** The samples grouped by problem, in first-seen order; a repeated (problem, strategy, index) is an error. */
    private static Map<String, List<GradedSample>> byProblem(String dataset, List<GradedSample> graded) {
        Map<String, List<GradedSample>> byProblem = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (GradedSample s : graded) {
            if (!seen.add(s.id() + '\u0000' + s.strategy().id() + '\u0000' + s.index())) {
                throw new IllegalArgumentException(dataset + ": problem " + s.id() + " has two "
                        + s.strategy().id() + " samples with index " + s.index()
                        + ": score the samples of one run at a time");
            }
            byProblem.computeIfAbsent(s.id(), x -> new ArrayList<>()).add(s);
        }
        return byProblem;
    }
}
