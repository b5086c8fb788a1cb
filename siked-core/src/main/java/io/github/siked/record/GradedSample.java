package io.github.siked.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.siked.strategy.Strategy;
import java.util.Objects;

/**
 * A sample with its grade (DESIGN.md "Records"): the sample's fields plus {@code gold},
 * {@code prediction} (null when none was read), {@code verdict} and {@code correct}.
 */
@JsonPropertyOrder({"id", "strategy", "origin", "iteration", "index", "text", "gold", "prediction", "verdict", "correct"
})
public record GradedSample(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "strategy", required = true) Strategy strategy,
        @JsonProperty(value = "origin", required = true) Origin origin,
        @JsonProperty("iteration") int iteration,
        @JsonProperty("index") int index,
        @JsonProperty(value = "text", required = true) String text,
        @JsonProperty(value = "gold", required = true) String gold,

        @JsonProperty("prediction") @JsonInclude(JsonInclude.Include.ALWAYS)
        String prediction,

        @JsonProperty(value = "verdict", required = true) Verdict verdict,
        @JsonProperty("correct") boolean correct) {

    public GradedSample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(verdict, "verdict");
        if (correct != (verdict == Verdict.CORRECT)) {
            throw new IllegalArgumentException(
                    "correct=" + correct + " contradicts verdict " + verdict.id() + " for sample " + id);
        }
    }

    /** Grades a sample: copies its fields and adds the gold answer, prediction and verdict. */
    public static GradedSample of(Sample sample, String gold, String prediction, Verdict verdict) {
        return new GradedSample(
                sample.id(),
                sample.strategy(),
                sample.origin(),
                sample.iteration(),
                sample.index(),
                sample.text(),
                gold,
                prediction,
                verdict,
                verdict == Verdict.CORRECT);
    }

    /** The sample this grade was made from. */
    @JsonIgnore
    public Sample sample() {
        return new Sample(id, strategy, origin, iteration, index, text);
    }
}
