package io.github.siked.student;

import java.util.List;
import java.util.Objects;

/**
 * How each output is decoded: the draw of every token and when an output ends (pom keys {@code
 * siked.sample.*}; docs/method.md, "Loop" and "Evaluation"). Every value is checked here, and a
 * message names the key and the allowed range.
 *
 * @param temperature softmax temperature, 0 for greedy decoding ({@code siked.sample.temperature},
 *     0 to 10)
 * @param topP nucleus mass ({@code siked.sample.topP}, above 0, at most 1; 1 keeps every token)
 * @param topK the most tokens considered, 0 for no limit ({@code siked.sample.topK}, 0 to 1000000)
 * @param maxNewTokens the most tokens generated per output ({@code siked.sample.maxNewTokens}, 1 to
 *     1000000)
 * @param stop strings that end an output besides the end marker; the stop string is not kept
 *     ({@code siked.sample.stop})
 */
public record Decoding(double temperature, double topP, int topK, int maxNewTokens, List<String> stop) {

    public Decoding {
        Limits.between("siked.sample.temperature", temperature, 0.0, 10.0);
        Limits.above("siked.sample.topP", topP, 0, 1);
        Limits.between("siked.sample.topK", topK, 0, 1_000_000);
        Limits.between("siked.sample.maxNewTokens", maxNewTokens, 1, 1_000_000);
        stop = List.copyOf(Objects.requireNonNull(stop, "stop"));
        for (String s : stop) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException(
                        "siked.sample.stop holds an empty string, which would stop every sample at once: remove it");
            }
        }
    }
}
