package io.github.siked.student;

import java.util.Objects;

/**
 * One encoded training example, ready for {@link Packer}.
 *
 * @param promptIds the prompt's ids, beginning marker included; no loss falls on them
 * @param responseIds the response's ids: tag, body and the end marker; the loss falls on these
 * @param weight the example's loss weight (Mixed Distillation's per-task weights), at least 0
 */
public record TokenizedExample(int[] promptIds, int[] responseIds, float weight) {

    public TokenizedExample {
        Objects.requireNonNull(promptIds, "promptIds");
        Objects.requireNonNull(responseIds, "responseIds");
        if (responseIds.length == 0) {
            throw new IllegalArgumentException("an example needs at least one response token; got none");
        }
        if (!(weight >= 0) || Float.isInfinite(weight)) {
            throw new IllegalArgumentException("example weight must be finite and at least 0; was " + weight);
        }
    }

    /** Prompt and response tokens together. */
    public int length() {
        return promptIds.length + responseIds.length;
    }
}
