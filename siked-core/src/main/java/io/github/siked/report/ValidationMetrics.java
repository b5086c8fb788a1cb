package io.github.siked.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * How one iteration's student did on the validation split, the split the best iteration is chosen
 * on (docs/method.md, "Loop"): its greedy accuracy and which strategies it picked. In {@code
 * metrics.json} its fields stand in the iteration's object (docs/contracts.md, "Results"); {@link
 * IterationMetrics} checks them, naming the iteration when one is out of range.
 *
 * @param accuracy greedy accuracy on the validation split; {@code validationAccuracy} in JSON
 * @param strategyShare strategy id (and {@code none} for untagged answers) to the fraction of
 *     validation answers in which the student picked it
 * @param strategyEntropy entropy of {@code strategyShare}: 0 when the student always picks one
 *     strategy
 */
@JsonPropertyOrder({"validationAccuracy", "strategyShare", "strategyEntropy"})
public record ValidationMetrics(
        @JsonProperty(value = "validationAccuracy", required = true)
        double accuracy,

        @JsonProperty(required = true) Map<String, Double> strategyShare,
        @JsonProperty(required = true) double strategyEntropy) {

    /** Shares may fall short of 1 (answers the grader could not place) but never exceed it. */
    private static final double SHARE_SLACK = 1e-6;

    public ValidationMetrics {
        strategyShare = MetricKeys.sorted(strategyShare, "strategyShare");
    }

    /** Checks every number, each message starting with {@code at}. */
    void check(String at) {
        Checks.fraction(accuracy, at + "validationAccuracy");
        Checks.fractions(strategyShare, at + "strategyShare");
        double total =
                strategyShare.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > 1 + SHARE_SLACK) {
            throw new IllegalArgumentException(at + "strategyShare sums to " + total
                    + ": each share is the fraction of answers with that strategy, so together they are at most 1");
        }
        Checks.nonNegative(strategyEntropy, at + "strategyEntropy");
    }
}
