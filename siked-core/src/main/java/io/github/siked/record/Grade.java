package io.github.siked.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * What grading one sample found: the grade's half of a {@link GradedSample} (docs/contracts.md,
 * "Records").
 *
 * @param gold the problem's gold answer, a canonical decimal
 * @param prediction the answer read from the sample, or null when none could be read
 * @param verdict the outcome of grading
 * @param correct whether the verdict is {@link Verdict#CORRECT}, written out for readers of the file;
 *     {@link GradedSample} refuses a grade where the two disagree
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"gold", "prediction", "verdict", "correct"})
public record Grade(
        @JsonProperty(value = "gold", required = true) String gold,

        @JsonProperty("prediction") @JsonInclude(JsonInclude.Include.ALWAYS)
        String prediction,

        @JsonProperty(value = "verdict", required = true) Verdict verdict,
        @JsonProperty("correct") boolean correct) {

    public Grade {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The grade of a verdict; {@code correct} follows from it. */
    public static Grade of(String gold, String prediction, Verdict verdict) {
        return new Grade(gold, prediction, verdict, verdict == Verdict.CORRECT);
    }
}
