package io.github.siked.student;

import io.github.siked.strategy.Strategy;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated response split into the strategy its tag names and the rationale after the tag.
 *
 * @param strategy the strategy the leading tag names; empty when the response starts with no tag
 * @param body the response without the tag and the blanks right after it
 */
public record StudentResponse(Optional<Strategy> strategy, String body) {

    public StudentResponse {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(body, "body");
    }
}
