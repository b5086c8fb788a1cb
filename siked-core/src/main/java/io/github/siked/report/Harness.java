package io.github.siked.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * lm-evaluation-harness's two gsm8k scores over the same answers, so that our numbers can be set
 * beside published ones: {@code strict-match} reads {@code #### N}, {@code flexible-extract} takes
 * the last number.
 *
 * @param n answers scored (the prose ones: a program has no {@code ####} line)
 * @param strictMatch fraction correct by strict-match
 * @param flexibleExtract fraction correct by flexible-extract
 */
@JsonPropertyOrder({"n", "strictMatch", "flexibleExtract"})
public record Harness(
        @JsonProperty(required = true) long n,
        @JsonProperty(required = true) double strictMatch,
        @JsonProperty(required = true) double flexibleExtract) {

    public Harness {
        Checks.count(n, "harness.n");
        Checks.fraction(strictMatch, "harness.strictMatch");
        Checks.fraction(flexibleExtract, "harness.flexibleExtract");
    }
}
