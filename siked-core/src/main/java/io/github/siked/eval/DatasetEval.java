package io.github.siked.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Greedy accuracy of one student on one dataset, with the strategies it chose (SIKeD, arXiv
 * 2410.18574, reports the accuracy, the strategy distribution and the accuracy per strategy).
 * Serialises to the {@code test} entry of {@code metrics.json} (DESIGN.md "Results"), with
 * {@code ci95} as {@code [low, high]} and {@code harness} left out when absent.
 *
 * @param dataset the dataset's name, for instance {@code gsm8k-test}
 * @param n the problems evaluated, one output each
 * @param correct the outputs graded correct
 * @param accuracy {@code correct / n}
 * @param ci95 the 95 % Wilson interval of the accuracy
 * @param byStrategy the chosen strategy's statistics, always under all four keys of {@link
 *     #BUCKETS} in that order, so that tables over iterations and datasets line up even when a
 *     strategy was never chosen ({@code n} 0)
 * @param strategyEntropy Shannon entropy, in bits, of the chosen-strategy distribution over the
 *     four buckets: 0 when the student always chooses the same, log2(3) ≈ 1.585 for a uniform
 *     choice among three, at most 2
 * @param harness lm-evaluation-harness gsm8k scores over the cot-tagged outputs; empty when none
 *     chose cot
 */
@JsonPropertyOrder({"dataset", "n", "correct", "accuracy", "ci95", "byStrategy", "strategyEntropy", "harness"})
public record DatasetEval(
        String dataset,
        long n,
        long correct,
        double accuracy,
        Interval ci95,
        Map<String, StrategyStats> byStrategy,
        double strategyEntropy,
        @JsonIgnore Optional<HarnessScores> harness) {

    /** The bucket of outputs that start with no strategy tag. */
    public static final String NONE = "none";

    /** The chosen-strategy buckets, in table order: the three strategies, then untagged outputs. */
    public static final List<String> BUCKETS = List.of("cot", "l2m", "pot", NONE);

    public DatasetEval {
        if (dataset == null || dataset.isBlank()) {
            throw new IllegalArgumentException("dataset name is missing");
        }
        if (n < 0 || correct < 0 || correct > n) {
            throw new IllegalArgumentException(
                    dataset + ": need 0 <= correct <= n; was correct=" + correct + ", n=" + n);
        }
        Fractions.require(dataset + " accuracy", accuracy);
        Objects.requireNonNull(ci95, "ci95");
        Objects.requireNonNull(harness, "harness");
        if (byStrategy == null || !List.copyOf(byStrategy.keySet()).equals(BUCKETS)) {
            throw new IllegalArgumentException(dataset + ": byStrategy must hold exactly " + BUCKETS
                    + " in that order; was " + (byStrategy == null ? null : byStrategy.keySet()));
        }
        if (!(strategyEntropy >= 0 && strategyEntropy <= 2 + 1e-12)) {
            throw new IllegalArgumentException(
                    dataset + ": strategy entropy over four buckets must be in [0, 2] bits; was " + strategyEntropy);
        }
        byStrategy = Collections.unmodifiableMap(new LinkedHashMap<>(byStrategy));
    }

    /** The harness scores for JSON, absent (not null) when there are none. */
    @JsonProperty("harness")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    HarnessScores harnessOrNull() {
        return harness.orElse(null);
    }
}
