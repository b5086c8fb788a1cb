package io.github.siked.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The chosen student on one test set, decoding greedily.
 *
 * @param n problems in the test set
 * @param accuracy fraction solved
 * @param ci95 the 95% interval of {@code accuracy}, {@code [low, high]}
 * @param byStrategy strategy id (and {@code none}) to how often the student picked it and how
 *     often it was right then
 * @param strategyEntropy entropy of the shares in {@code byStrategy}
 * @param harness lm-evaluation-harness scores, or null when not computed (then left out of the JSON)
 * @param sampled scores over k sampled answers per problem (maj@k, pass@k, the cot+pot vote); left
 *     out of the JSON when there are none
 */
@JsonPropertyOrder({"n", "accuracy", "ci95", "byStrategy", "strategyEntropy", "harness", "sampled"})
public record TestMetrics(
        @JsonProperty(required = true) long n,
        @JsonProperty(required = true) double accuracy,
        @JsonProperty(required = true) List<Double> ci95,
        @JsonProperty(required = true) Map<String, ShareAccuracy> byStrategy,
        @JsonProperty(required = true) double strategyEntropy,
        @JsonInclude(JsonInclude.Include.NON_NULL) Harness harness,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) SampledMetrics sampled) {

    public TestMetrics {
        Checks.count(n, "n");
        Checks.fraction(accuracy, "accuracy");
        Objects.requireNonNull(ci95, "ci95");
        if (ci95.size() != 2 || ci95.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("ci95 is " + ci95 + ": give the interval as [low, high]");
        }
        ci95 = List.copyOf(ci95);
        Checks.fraction(ci95.get(0), "ci95 low");
        Checks.fraction(ci95.get(1), "ci95 high");
        if (ci95.get(0) > ci95.get(1)) {
            throw new IllegalArgumentException("ci95 is " + ci95 + ": low must not exceed high");
        }
        byStrategy = MetricKeys.sorted(byStrategy, "byStrategy");
        Checks.nonNegative(strategyEntropy, "strategyEntropy");
        sampled = Objects.requireNonNullElse(sampled, SampledMetrics.NONE);
    }

    /** The interval's lower end. */
    public double low() {
        return ci95.get(0);
    }

    /** The interval's upper end. */
    public double high() {
        return ci95.get(1);
    }
}
