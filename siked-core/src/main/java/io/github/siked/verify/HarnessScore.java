package io.github.siked.verify;

/**
 * Whether lm-evaluation-harness's two gsm8k filters would count a prose sample correct:
 * {@code strict-match} reads {@code #### N}, {@code flexible-extract} the last number.
 */
public record HarnessScore(boolean strictMatch, boolean flexibleExtract) {}
