package io.github.siked.verify;

import io.github.siked.number.NumericMatch;
import io.github.siked.strategy.HarnessExtractor;

/**
 * Whether lm-evaluation-harness's two gsm8k filters would count a prose sample correct:
 * {@code strict-match} reads {@code #### N}, {@code flexible-extract} the last number.
 */
public record HarnessScore(boolean strictMatch, boolean flexibleExtract) {

    /** Scores one output against the gold answer with both filters. */
    public static HarnessScore of(String text, String gold) {
        return new HarnessScore(
                HarnessExtractor.strictMatch(text)
                        .filter(p -> NumericMatch.equal(p, gold))
                        .isPresent(),
                HarnessExtractor.flexibleExtract(text)
                        .filter(p -> NumericMatch.equal(p, gold))
                        .isPresent());
    }
}
