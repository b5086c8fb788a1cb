package io.github.siked.data;

import java.util.Objects;

/**
 * An upstream record left out of a dataset because its gold answer is not one number (an ASDiv
 * answer such as {@code Yes}, {@code 3:4} or {@code 8; 40}). It keeps its place, so the ids of
 * the records after it never shift.
 *
 * @param id the id the record would have had
 * @param index its 0-based position among the upstream records
 * @param reason why it was left out, one of a few fixed sentences so that reasons can be counted
 * @param rawAnswer the upstream answer text, unchanged
 */
public record SkippedRecord(String id, int index, String reason, String rawAnswer) {

    public SkippedRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rawAnswer, "rawAnswer");
        if (index < 0) {
            throw new IllegalArgumentException("index of " + id + " must be 0 or more, was " + index);
        }
    }
}
