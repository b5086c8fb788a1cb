package io.github.siked.student;

import java.util.List;
import java.util.Objects;

/**
 * How a student samples (METHOD.md "Loop" and "Evaluation"; pom keys {@code siked.sample.*}).
 * Every value is checked here, and a message names the key and the allowed range.
 *
 * @param k samples per problem ({@code siked.sample.k}, 1 to 1000)
 * @param temperature softmax temperature, 0 for greedy decoding ({@code siked.sample.temperature},
 *     0 to 10)
 * @param topP nucleus mass ({@code siked.sample.topP}, above 0, at most 1; 1 keeps every token)
 * @param topK the most tokens considered, 0 for no limit ({@code siked.sample.topK}, 0 to 1000000)
 * @param maxNewTokens the most tokens generated per sample ({@code siked.sample.maxNewTokens}, 1 to
 *     1000000)
 * @param stop strings that end a sample besides the end marker; the stop string is not kept
 *     ({@code siked.sample.stop})
 * @param seed seeds the draws, so a run repeats on the same machine ({@code siked.sample.seed})
 * @param batchSize sequences decoded together ({@code siked.sample.batchSize}, 1 to 65536)
 */
public record SampleConfig(
        int k,
        double temperature,
        double topP,
        int topK,
        int maxNewTokens,
        List<String> stop,
        long seed,
        int batchSize) {

    public SampleConfig {
        Limits.between("siked.sample.k", k, 1, 1000);
        Limits.between("siked.sample.temperature", temperature, 0.0, 10.0);
        Limits.above("siked.sample.topP", topP, 0, 1);
        Limits.between("siked.sample.topK", topK, 0, 1_000_000);
        Limits.between("siked.sample.maxNewTokens", maxNewTokens, 1, 1_000_000);
        Limits.between("siked.sample.batchSize", batchSize, 1, 65536);
        stop = List.copyOf(Objects.requireNonNull(stop, "stop"));
        for (String s : stop) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException(
                        "siked.sample.stop holds an empty string, which would stop every sample at once: remove it");
            }
        }
        if (temperature == 0 && k > 1) {
            throw new IllegalArgumentException(
                    "siked.sample.k is " + k + " with siked.sample.temperature 0: greedy decoding gives the"
                            + " same output k times; set k to 1 or a temperature above 0");
        }
    }

    /** Greedy decoding, one output per problem, as evaluation uses. */
    public static SampleConfig greedy() {
        return new SampleConfig(1, 0, 1, 0, 512, List.of(), 0, 64);
    }

    /** SIKeD's self-sampling: k=10, temperature 0.7, top-p 0.95, at most 512 new tokens. */
    public static SampleConfig siked() {
        return new SampleConfig(10, 0.7, 0.95, 0, 512, List.of(), 0, 64);
    }

    /** The same settings with another seed. */
    public SampleConfig withSeed(long newSeed) {
        return new SampleConfig(k, temperature, topP, topK, maxNewTokens, stop, newSeed, batchSize);
    }

    /** The same settings drawing {@code newK} samples per problem. */
    public SampleConfig withK(int newK) {
        return new SampleConfig(newK, temperature, topP, topK, maxNewTokens, stop, seed, batchSize);
    }

    /** Whether decoding is greedy (temperature 0). */
    public boolean greedyDecoding() {
        return temperature == 0;
    }
}
