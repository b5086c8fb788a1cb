package io.github.siked.mix;

import java.util.List;
import java.util.Objects;

/**
 * An iteration's training data and its summary.
 *
 * @param rows the rows in {@link MixedRow#ORDER}
 * @param summary their counts and teacher share
 */
public record MixResult(List<MixedRow> rows, MixSummary summary) {

    public MixResult {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        Objects.requireNonNull(summary, "summary");
    }
}
