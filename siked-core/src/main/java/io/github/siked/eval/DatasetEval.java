package io.github.siked.eval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
 * Serialises to an entry of the evaluate stage's {@code evaluation.json} (docs/contracts.md,
 * "Records"), with the accuracy, {@code ci95} as {@code [low, high]} and the strategy entropy
 * derived from the counts, and {@code harness} left out when absent.
 *
 * @param dataset the dataset's name, for instance {@code gsm8k-test}
 * @param n the problems evaluated, one output each
 * @param correct the outputs graded correct
 * @param byStrategy the chosen strategy's statistics, always under all four keys of {@link
 *     #BUCKETS} in that order, so that tables over iterations and datasets line up even when a
 *     strategy was never chosen ({@code n} 0)
 * @param harness lm-evaluation-harness gsm8k scores over the cot-tagged outputs; empty when none
 *     chose cot
 */
@JsonPropertyOrder({"dataset", "n", "correct", "accuracy", "ci95", "byStrategy", "strategyEntropy", "harness"})
@JsonIgnoreProperties(
        value = {"accuracy", "ci95", "strategyEntropy"},
        allowGetters = true)
public record DatasetEval(
        String dataset,
        long n,
        long correct,
        Map<String, StrategyStats> byStrategy,
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
        Objects.requireNonNull(harness, "harness");
        if (byStrategy == null || !List.copyOf(byStrategy.keySet()).equals(BUCKETS)) {
            throw new IllegalArgumentException(dataset + ": byStrategy must hold exactly " + BUCKETS
                    + " in that order; was " + (byStrategy == null ? null : byStrategy.keySet()));
        }
        byStrategy = Collections.unmodifiableMap(new LinkedHashMap<>(byStrategy));
    }

    /** Reads an entry of {@code evaluation.json} or a manifest; the derived fields are computed again. */
    @JsonCreator
    static DatasetEval read(
            @JsonProperty("dataset") String dataset,
            @JsonProperty("n") long n,
            @JsonProperty("correct") long correct,
            @JsonProperty("byStrategy") Map<String, StrategyStats> byStrategy,
            @JsonProperty("harness") HarnessScores harness) {
        return new DatasetEval(dataset, n, correct, byStrategy, Optional.ofNullable(harness));
    }

    /** {@code correct / n}, 0 for no problems. */
    @JsonProperty("accuracy")
    public double accuracy() {
        return Fractions.ratio(correct, n);
    }

    /** The 95 % Wilson interval of the accuracy. */
    @JsonProperty("ci95")
    public Interval ci95() {
        return Interval.wilson95(correct, n);
    }

    /**
     * Shannon entropy, in bits, of the chosen-strategy distribution over the four buckets: 0 when
     * the student always chooses the same, log2(3) ≈ 1.585 for a uniform choice among three, at
     * most 2. Empty buckets add nothing.
     */
    @JsonProperty("strategyEntropy")
    public double strategyEntropy() {
        double bits = 0;
        for (StrategyStats s : byStrategy.values()) {
            if (s.share() > 0) {
                bits -= s.share() * Math.log(s.share()) / Math.log(2);
            }
        }
        // A single bucket gives -1·log2(1) = -0.0; report it as 0.
        return Math.max(0.0, bits);
    }

    /** The harness scores for JSON, absent (not null) when there are none. */
    @JsonProperty("harness")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    HarnessScores harnessOrNull() {
        return harness.orElse(null);
    }
}
