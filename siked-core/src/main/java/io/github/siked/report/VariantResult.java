package io.github.siked.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the comparison table: a method or baseline ("SIKeD adaptive", "Combined",
 * "teacher-only control", "cot only", …) run with several seeds.
 *
 * @param variant the row's name
 * @param description what the variant does differently, one sentence; may be empty
 * @param seeds the seeds its runs used
 * @param validation validation accuracy (a fraction) over the seeds, or null when not measured
 * @param test dataset name to test accuracy (a fraction) over the seeds
 */
@JsonPropertyOrder({"variant", "description", "seeds", "validation", "test"})
public record VariantResult(
        @JsonProperty(required = true) String variant,
        String description,
        @JsonProperty(required = true) List<Long> seeds,
        @JsonInclude(JsonInclude.Include.NON_NULL) MeanSd validation,
        @JsonProperty(required = true) Map<String, MeanSd> test) {

    public VariantResult {
        Checks.name(variant, "variant");
        description = Objects.requireNonNullElse(description, "");
        seeds = List.copyOf(Objects.requireNonNull(seeds, "seeds of " + variant));
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("variant '" + variant + "' has no seeds: list the seeds its runs used");
        }
        if (validation != null) {
            Checks.fraction(validation.mean(), "validation mean of " + variant);
        }
        test = MetricKeys.sorted(test, "test of " + variant);
        test.forEach((dataset, score) -> Checks.fraction(score.mean(), "test." + dataset + " mean of " + variant));
    }
}
