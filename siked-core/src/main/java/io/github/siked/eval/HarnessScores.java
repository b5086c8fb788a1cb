package io.github.siked.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * lm-evaluation-harness's two {@code gsm8k} scores over a dataset's cot-tagged outputs, so that our
 * accuracy can be set beside published harness numbers (docs/method.md, "Evaluation").
 *
 * @param n the cot-tagged outputs scored
 * @param strictMatch the fraction whose {@code #### N} equals the gold answer
 * @param flexibleExtract the fraction whose last number equals the gold answer
 */
@JsonPropertyOrder({"n", "strictMatch", "flexibleExtract"})
public record HarnessScores(long n, double strictMatch, double flexibleExtract) {

    public HarnessScores {
        if (n < 1) {
            throw new IllegalArgumentException("harness scores need at least one cot output; n was " + n);
        }
        Fractions.require("strictMatch", strictMatch);
        Fractions.require("flexibleExtract", flexibleExtract);
    }
}
