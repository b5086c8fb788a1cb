package io.github.siked.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A score over several seeds: mean and sample standard deviation (divided by n - 1).
 *
 * @param mean the mean
 * @param sd the sample standard deviation, 0 for a single value
 * @param n how many values (seeds)
 */
@JsonPropertyOrder({"mean", "sd", "n"})
public record MeanSd(
        @JsonProperty(required = true) double mean,
        @JsonProperty(required = true) double sd,
        @JsonProperty(required = true) int n) {

    public MeanSd {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean is " + mean + ": it must be a finite number");
        }
        Checks.nonNegative(sd, "sd");
        if (n < 1) {
            throw new IllegalArgumentException("n is " + n + ": a mean needs at least one value");
        }
    }

    /** Mean and sample standard deviation of {@code values}; sd is 0 for one value. */
    public static MeanSd of(List<Double> values) {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values: a mean needs the score of at least one seed");
        }
        double sum = 0;
        for (Double v : values) {
            sum += Objects.requireNonNull(v, "values contains null");
        }
        int n = values.size();
        double mean = sum / n;
        // Two passes: squared deviations from the mean lose less precision than sum of squares minus square of sum.
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new MeanSd(mean, n == 1 ? 0 : Math.sqrt(squares / (n - 1)), n);
    }
}
