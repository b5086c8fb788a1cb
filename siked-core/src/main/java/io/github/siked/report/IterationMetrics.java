package io.github.siked.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Map;
import java.util.Objects;

/**
 * One iteration of the loop (SIKeD, arXiv 2410.18574, section 3): the data the student was
 * trained on and how the resulting student did. Iteration 0 is the student trained on the
 * teacher's data alone, the "Combined" baseline. In {@code metrics.json} one flat object, the
 * fields of {@code mix} and {@code validation} in place (docs/contracts.md, "Results").
 *
 * @param iteration 0, 1, 2, …
 * @param mix the training data's rows by origin and its mixing rate
 * @param validation the student's accuracy and strategy choice on the validation split, the one the
 *     best iteration is chosen on
 * @param alphaByStrategy strategy id to the mixing rate within that strategy's rows
 * @param testAccuracy dataset name to this iteration's accuracy, for the plots only: choosing an
 *     iteration by it would tune on the test set
 * @param trainSteps optimizer steps spent training this iteration's student
 */
@JsonPropertyOrder({"iteration", "mix", "validation", "alphaByStrategy", "testAccuracy", "trainSteps"})
public record IterationMetrics(
        @JsonProperty(required = true) int iteration,
        @JsonUnwrapped MixMetrics mix,
        @JsonUnwrapped ValidationMetrics validation,
        @JsonProperty(required = true) Map<String, Double> alphaByStrategy,
        @JsonProperty(required = true) Map<String, Double> testAccuracy,
        @JsonProperty(required = true) long trainSteps) {

    public IterationMetrics {
        String at = "iteration " + iteration + ": ";
        if (iteration < 0) {
            throw new IllegalArgumentException("iteration is " + iteration + ": iterations count from 0");
        }
        Objects.requireNonNull(mix, at + "mix").check(at);
        Objects.requireNonNull(validation, at + "validation").check(at);
        alphaByStrategy = MetricKeys.sorted(alphaByStrategy, at + "alphaByStrategy");
        Checks.fractions(alphaByStrategy, at + "alphaByStrategy");
        testAccuracy = MetricKeys.sorted(testAccuracy, at + "testAccuracy");
        Checks.fractions(testAccuracy, at + "testAccuracy");
        Checks.count(trainSteps, at + "trainSteps");
    }
}
