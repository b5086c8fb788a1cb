package io.github.siked.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One iteration of the loop (SIKeD, arXiv 2410.18574, section 3): the data the student was
 * trained on and how the resulting student did. Iteration 0 is the student trained on the
 * teacher's data alone, the "Combined" baseline.
 *
 * @param iteration 0, 1, 2, …
 * @param alpha the mixing rate: teacher rows / (teacher rows + student rows) of the training data
 * @param teacherRows training rows written by the teacher
 * @param studentRows training rows written by earlier students (0 in iteration 0)
 * @param validationAccuracy greedy accuracy on the validation split, the one the best iteration is
 *     chosen on
 * @param strategyShare strategy id (and {@code none} for untagged answers) to the fraction of
 *     validation answers in which the student picked it
 * @param strategyEntropy entropy of {@code strategyShare}: 0 when the student always picks one
 *     strategy
 * @param alphaByStrategy strategy id to the mixing rate within that strategy's rows
 * @param testAccuracy dataset name to this iteration's accuracy, for the plots only: choosing an
 *     iteration by it would tune on the test set
 * @param trainSteps optimizer steps spent training this iteration's student
 */
@JsonPropertyOrder({
    "iteration",
    "alpha",
    "teacherRows",
    "studentRows",
    "validationAccuracy",
    "strategyShare",
    "strategyEntropy",
    "alphaByStrategy",
    "testAccuracy",
    "trainSteps"
})
public record IterationMetrics(
        @JsonProperty(required = true) int iteration,
        @JsonProperty(required = true) double alpha,
        @JsonProperty(required = true) long teacherRows,
        @JsonProperty(required = true) long studentRows,
        @JsonProperty(required = true) double validationAccuracy,
        @JsonProperty(required = true) Map<String, Double> strategyShare,
        @JsonProperty(required = true) double strategyEntropy,
        @JsonProperty(required = true) Map<String, Double> alphaByStrategy,
        @JsonProperty(required = true) Map<String, Double> testAccuracy,
        @JsonProperty(required = true) long trainSteps) {

    /** Shares may fall short of 1 (answers the grader could not place) but never exceed it. */
    private static final double SHARE_SLACK = 1e-6;

    public IterationMetrics {
        String at = "iteration " + iteration + ": ";
        if (iteration < 0) {
            throw new IllegalArgumentException("iteration is " + iteration + ": iterations count from 0");
        }
        Checks.fraction(alpha, at + "alpha");
        Checks.count(teacherRows, at + "teacherRows");
        Checks.count(studentRows, at + "studentRows");
        Checks.fraction(validationAccuracy, at + "validationAccuracy");
        strategyShare = MetricKeys.sorted(strategyShare, at + "strategyShare");
        Checks.fractions(strategyShare, at + "strategyShare");
        double total =
                strategyShare.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > 1 + SHARE_SLACK) {
            throw new IllegalArgumentException(at + "strategyShare sums to " + total
                    + ": each share is the fraction of answers with that strategy, so together they are at most 1");
        }
        Checks.nonNegative(strategyEntropy, at + "strategyEntropy");
        alphaByStrategy = MetricKeys.sorted(alphaByStrategy, at + "alphaByStrategy");
        Checks.fractions(alphaByStrategy, at + "alphaByStrategy");
        testAccuracy = MetricKeys.sorted(testAccuracy, at + "testAccuracy");
        Checks.fractions(testAccuracy, at + "testAccuracy");
        Checks.count(trainSteps, at + "trainSteps");
    }
}
