package io.github.siked.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How often the student picked one strategy on a test set, and how often it was right when it did.
 *
 * @param share fraction of the test answers written with this strategy
 * @param accuracy fraction of those answers that were correct
 */
@JsonPropertyOrder({"share", "accuracy"})
public record ShareAccuracy(
        @JsonProperty(required = true) double share,
        @JsonProperty(required = true) double accuracy) {

    public ShareAccuracy {
        Checks.fraction(share, "share");
        Checks.fraction(accuracy, "accuracy");
    }
}
