package io.github.siked.djl.sample;

import java.util.Objects;

/**
 * One sequence to continue.
 *
 * @param prompt the ids the model reads first (the pre-filled tag included), at least one
 * @param seed the seed of this row's own random stream ({@link RowSeed})
 */
public record GenerationRequest(int[] prompt, long seed) {

    public GenerationRequest {
        Objects.requireNonNull(prompt, "prompt");
        if (prompt.length == 0) {
            throw new IllegalArgumentException("a prompt needs at least one token to continue from");
        }
        prompt = prompt.clone();
    }

    @Override
    public int[] prompt() {
        return prompt.clone();
    }

    int length() {
        return prompt.length;
    }
}
