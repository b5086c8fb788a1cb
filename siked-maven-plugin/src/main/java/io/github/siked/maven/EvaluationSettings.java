package io.github.siked.maven;

import io.github.siked.student.SampleConfig;

/**
 * The {@code <evaluation>} element of an experiment: greedy decoding of validation and test sets,
 * and the optional multi-sample scores.
 */
public class EvaluationSettings {

    /** The most new tokens per answer. Default: 512. */
    int maxNewTokens = 512;
    /** Sequences decoded together. Default: 64. */
    int batchSize = 64;
    /**
     * k for maj@k, pass@k and Mixed Distillation's cot+pot vote on the test sets (sampled with the
     * self-sampling temperature); 0 for none. Default: 0.
     */
    int samples = 0;
    /** Whether every iteration's student is scored on the test sets too, for the plots. Default: true. */
    boolean everyIteration = true;

    SampleConfig greedy() {
        return SampleConfig.builder()
                .optMaxNewTokens(maxNewTokens)
                .optBatchSize(batchSize)
                .build();
    }
}
