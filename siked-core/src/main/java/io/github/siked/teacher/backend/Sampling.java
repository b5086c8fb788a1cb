package io.github.siked.teacher.backend;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Sampling settings sent with every request, all of them explicitly: a server left to fill in a
 * missing field uses its own default (vLLM takes the model's generation config), and the data would
 * silently differ from what the pom says.
 *
 * @param temperature softmax temperature, at least 0
 * @param topP nucleus mass, in (0, 1]
 * @param maxTokens the most new tokens per sample
 * @param stop strings that end a sample
 * @param extra further fields passed through unchanged, such as {@code top_k}; sorted for stable cache keys
 */
public record Sampling(
        double temperature, double topP, int maxTokens, List<String> stop, SortedMap<String, Object> extra) {

    public Sampling {
        if (!(temperature >= 0 && temperature <= 10)) {
            throw new IllegalArgumentException("temperature must be between 0 and 10; was " + temperature);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("topP must be above 0 and at most 1; was " + topP);
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1; was " + maxTokens);
        }
        stop = List.copyOf(Objects.requireNonNull(stop, "stop"));
        extra = new TreeMap<>(Objects.requireNonNull(extra, "extra"));
    }

    /** SIKeD's teacher settings: temperature 0.7, top-p 0.95, at most 512 new tokens, no stop strings. */
    public static Sampling siked() {
        return new Sampling(0.7, 0.95, 512, List.of(), new TreeMap<>(Map.of()));
    }
}
