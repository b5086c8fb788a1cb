package io.github.siked.maven;

import io.github.siked.student.SampleConfig;
import java.util.List;

/**
 * The {@code <selfSampling>} element of an experiment: how iterations sample the student, SIKeD's
 * settings by default (k=10, temperature 0.7, top-p 0.95, 512 new tokens, each strategy forced);
 * {@code siked:sample}'s parameters of the same names say what each one does.
 */
public class SamplingSettings {

    /** Samples per problem and strategy. Default: 10. */
    int k = 10;
    /** Temperature, above 0. Default: 0.7. */
    double temperature = 0.7;
    /** Nucleus mass. Default: 0.95. */
    double topP = 0.95;
    /** Top-k, 0 for none. */
    int topK = 0;
    /** The most new tokens per sample. Default: 512. */
    int maxNewTokens = 512;
    /** Sequences decoded together. Default: 64. */
    int batchSize = 64;
    /** Strings that end a sample. Default: none. */
    List<String> stop = List.of();
    /** Whether each strategy is forced by pre-filling its tag (SIKeD), or the student chooses. Default: true. */
    boolean forced = true;

    /** The sampling settings; the loop replaces the seed per run and iteration. */
    SampleConfig toConfig() {
        return SampleConfig.builder()
                .optK(k)
                .optTemperature(temperature)
                .optTopP(topP)
                .optTopK(topK)
                .optMaxNewTokens(maxNewTokens)
                .optStop(stop)
                .optBatchSize(batchSize)
                .build();
    }
}
