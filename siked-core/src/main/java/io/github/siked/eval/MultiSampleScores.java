package io.github.siked.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Multi-sample scores of one dataset: how often the majority of k samples is right (maj@k) and how
 * often at least one of k is (pass@k).
 *
 * @param dataset the dataset's name
 * @param problems the problems scored
 * @param k the samples per problem each score looks at
 * @param majAtK the fraction of problems whose majority answer among the first k samples is correct
 * @param passAtK the unbiased pass@k estimate (Chen et al., arXiv 2107.03374), averaged over problems
 * @param majAtKByStrategy maj@k of each strategy's own first k samples, by strategy id, over the
 *     problems that have at least k samples of it; a strategy no problem has k samples of is absent
 */
public record MultiSampleScores(
        String dataset, long problems, int k, double majAtK, double passAtK, Map<String, Double> majAtKByStrategy) {

    public MultiSampleScores {
        if (problems < 1 || k < 1) {
            throw new IllegalArgumentException(dataset
                    + ": sampled scores need at least one problem and k >= 1; was problems=" + problems + ", k=" + k);
        }
        Fractions.require(dataset + " maj@" + k, majAtK);
        Fractions.require(dataset + " pass@" + k, passAtK);
        for (Map.Entry<String, Double> e : majAtKByStrategy.entrySet()) {
            Fractions.require(dataset + " maj@" + k + " of " + e.getKey(), e.getValue());
        }
        majAtKByStrategy = Collections.unmodifiableMap(new LinkedHashMap<>(majAtKByStrategy));
    }
}
