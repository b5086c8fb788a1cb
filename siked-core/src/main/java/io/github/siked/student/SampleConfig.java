package io.github.siked.student;

import java.util.List;
import java.util.Objects;

/**
 * How a student samples (pom keys {@code siked.sample.*}; docs/method.md, "Loop" and
 * "Evaluation"): how many outputs per problem, how each is decoded, the seed and the batch. Every
 * value is checked here or in {@link Decoding}, and a message names the key and the allowed range.
 * Build one with {@link #builder()}.
 *
 * @param k samples per problem ({@code siked.sample.k}, 1 to 1000)
 * @param decoding the draw of each token and when an output ends
 * @param seed seeds the draws, so a run repeats on the same machine ({@code siked.seed}; an
 *     experiment derives one per run and iteration)
 * @param batchSize sequences decoded together ({@code siked.sample.batchSize}, 1 to 65536)
 */
public record SampleConfig(int k, Decoding decoding, long seed, int batchSize) {

    public SampleConfig {
        Objects.requireNonNull(decoding, "decoding");
        Limits.between("siked.sample.k", k, 1, 1000);
        Limits.between("siked.sample.batchSize", batchSize, 1, 65536);
        if (decoding.temperature() == 0 && k > 1) {
            throw new IllegalArgumentException(
                    "siked.sample.k is " + k + " with siked.sample.temperature 0: greedy decoding gives the"
                            + " same output k times; set k to 1 or a temperature above 0");
        }
    }

    /** A builder that starts from {@link #greedy()}'s settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Greedy decoding, one output per problem, as evaluation uses: at most 512 new tokens, batches of 64. */
    public static SampleConfig greedy() {
        return builder().build();
    }

    /** SIKeD's self-sampling: k=10, temperature 0.7, top-p 0.95, at most 512 new tokens. */
    public static SampleConfig siked() {
        return builder().optK(10).optTemperature(0.7).optTopP(0.95).build();
    }

    /** The same settings with another seed. */
    public SampleConfig withSeed(long newSeed) {
        return new SampleConfig(k, decoding, newSeed, batchSize);
    }

    /** The same settings drawing {@code newK} samples per problem. */
    public SampleConfig withK(int newK) {
        return new SampleConfig(newK, decoding, seed, batchSize);
    }

    /** Whether decoding is greedy (temperature 0). */
    public boolean greedyDecoding() {
        return decoding.temperature() == 0;
    }

    /**
     * Sampling settings by name, each optional: until set, those of {@link #greedy()} (k 1,
     * temperature 0, top-p 1, no top-k, 512 new tokens, no stop strings, seed 0, batches of 64).
     * {@link #build()} checks them.
     */
    public static final class Builder {

        private int k = 1;
        private double temperature = 0;
        private double topP = 1;
        private int topK = 0;
        private int maxNewTokens = 512;
        private List<String> stop = List.of();
        private long seed = 0;
        private int batchSize = 64;

        private Builder() {}

        /** Samples per problem ({@code siked.sample.k}). */
        public Builder optK(int k) {
            this.k = k;
            return this;
        }

        /** Softmax temperature, 0 for greedy decoding ({@code siked.sample.temperature}). */
        public Builder optTemperature(double temperature) {
            this.temperature = temperature;
            return this;
        }

        /** Nucleus mass ({@code siked.sample.topP}). */
        public Builder optTopP(double topP) {
            this.topP = topP;
            return this;
        }

        /** The most tokens considered, 0 for no limit ({@code siked.sample.topK}). */
        public Builder optTopK(int topK) {
            this.topK = topK;
            return this;
        }

        /** The most tokens generated per sample ({@code siked.sample.maxNewTokens}). */
        public Builder optMaxNewTokens(int maxNewTokens) {
            this.maxNewTokens = maxNewTokens;
            return this;
        }

        /** Strings that end a sample besides the end marker ({@code siked.sample.stop}). */
        public Builder optStop(List<String> stop) {
            this.stop = stop;
            return this;
        }

        /** Seeds the draws ({@code siked.seed}, or the experiment's seed for the run and iteration). */
        public Builder optSeed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Sequences decoded together ({@code siked.sample.batchSize}). */
        public Builder optBatchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /**
         * The checked settings.
         *
         * @throws IllegalArgumentException naming the key, the bad value and the allowed range
         */
        public SampleConfig build() {
            return new SampleConfig(k, new Decoding(temperature, topP, topK, maxNewTokens, stop), seed, batchSize);
        }
    }
}
