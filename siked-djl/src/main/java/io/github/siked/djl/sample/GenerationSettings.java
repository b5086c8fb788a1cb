package io.github.siked.djl.sample;

import io.github.siked.student.Decoding;
import io.github.siked.student.SampleConfig;
import java.util.Objects;

/**
 * How {@link Generator} continues rows: the draw ({@link TokenPicker}) and when a row ends, from the
 * sampling settings, and the tokenizer's ids that fill, end and bound a row.
 *
 * @param decoding temperature (0 for greedy), top-k, top-p, the new-token cap and stop strings
 * @param endId the end marker's id
 * @param padId the id that fills the left padding
 * @param pickableIds ids below this may be picked: the tokenizer's vocabulary, when the model has
 *     more rows (checkpoints pad vocab_size), so that no id the tokenizer cannot decode comes out
 */
public record GenerationSettings(Decoding decoding, int endId, int padId, int pickableIds) {

    public GenerationSettings {
        Objects.requireNonNull(decoding, "decoding");
        if (pickableIds < 1) {
            throw new IllegalArgumentException("at least one id must be pickable; was " + pickableIds);
        }
    }

    /** Settings where every id of the model may be picked. */
    public GenerationSettings(Decoding decoding, int endId, int padId) {
        this(decoding, endId, padId, Integer.MAX_VALUE);
    }

    /** The settings of a sampling configuration, with the tokenizer's end and pad ids and size. */
    public static GenerationSettings of(SampleConfig config, int endId, int padId, int tokenizerIds) {
        return new GenerationSettings(config.decoding(), endId, padId, tokenizerIds);
    }

    TokenPicker picker() {
        return new TokenPicker(decoding.temperature(), decoding.topK(), decoding.topP());
    }
}
