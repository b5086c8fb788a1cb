package io.github.siked.record;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One math word problem: {@code {"id": "gsm8k-test-17", "question": "…", "answer": "18"}}.
 *
 * @param id unique within its dataset, stable across runs (docs/contracts.md, "Dataset names")
 * @param question the text shown to teacher and student
 * @param answer the gold number as a canonical decimal string ({@link io.github.siked.number.CanonicalNumber})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "question", required = true) String question,
        @JsonProperty(value = "answer", required = true) String answer) {

    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }
}
