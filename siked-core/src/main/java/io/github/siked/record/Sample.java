package io.github.siked.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.siked.strategy.Strategy;
import java.util.Objects;

/**
 * One model output for one problem (docs/contracts.md, "Records").
 *
 * @param id the problem's id
 * @param strategy the strategy the output was asked for or, for a free choice, the one it tagged
 * @param origin teacher or student
 * @param iteration the distillation iteration that produced it (0 for teacher data)
 * @param index the sample's index among the k drawn for this problem and strategy
 * @param text the raw output, strategy tag included or not
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sample(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "strategy", required = true) Strategy strategy,
        @JsonProperty(value = "origin", required = true) Origin origin,
        @JsonProperty("iteration") int iteration,
        @JsonProperty("index") int index,
        @JsonProperty(value = "text", required = true) String text) {

    public Sample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
    }
}
