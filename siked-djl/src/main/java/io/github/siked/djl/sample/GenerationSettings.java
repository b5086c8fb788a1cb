package io.github.siked.djl.sample;

import io.github.siked.student.SampleConfig;
import java.util.List;
import java.util.Objects;

/**
 * How {@link Generator} continues rows: the draw ({@link TokenPicker}) and when a row ends.
 *
 * @param temperature 0 for greedy decoding
 * @param topK tokens kept at most, 0 for no limit
 * @param topP nucleus mass in (0, 1]
 * @param maxNewTokens the most new tokens per row
 * @param stop strings that end a row once its decoded text holds one
 * @param endId the end marker's id
 * @param padId the id that fills the left padding
 * @param pickableIds ids below this may be picked: the tokenizer's vocabulary, when the model has
 *     more rows (checkpoints pad vocab_size), so that no id the tokenizer cannot decode comes out
 */
public record GenerationSettings(
        double temperature,
        int topK,
        double topP,
        int maxNewTokens,
        List<String> stop,
        int endId,
        int padId,
        int pickableIds) {

    public GenerationSettings {
        if (!(temperature >= 0) || topK < 0 || !(topP > 0 && topP <= 1) || maxNewTokens < 1) {
            throw new IllegalArgumentException("temperature must be ≥ 0, top-k ≥ 0, top-p in (0, 1] and"
                    + " the new-token cap ≥ 1; were " + temperature + ", " + topK + ", " + topP + ", "
                    + maxNewTokens);
        }
        stop = List.copyOf(Objects.requireNonNull(stop, "stop"));
        if (pickableIds < 1) {
            throw new IllegalArgumentException("at least one id must be pickable; was " + pickableIds);
        }
        if (stop.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("an empty stop string would end every row at once");
        }
    }

    /** Settings where every id of the model may be picked. */
    public GenerationSettings(
            double temperature, int topK, double topP, int maxNewTokens, List<String> stop, int endId, int padId) {
        this(temperature, topK, topP, maxNewTokens, stop, endId, padId, Integer.MAX_VALUE);
    }

    /** The settings of a sampling configuration, with the tokenizer's end and pad ids and size. */
    public static GenerationSettings of(SampleConfig config, int endId, int padId, int tokenizerIds) {
        return new GenerationSettings(
                config.temperature(),
                config.topK(),
                config.topP(),
                config.maxNewTokens(),
                config.stop(),
                endId,
                padId,
                tokenizerIds);
    }

    TokenPicker picker() {
        return new TokenPicker(temperature, topK, topP);
    }
}
