package io.github.siked.data.synthetic;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.siked.record.Problem;

/**
 * One line of a synthetic split file: the Problem contract's fields first, then {@code family} and
 * {@code computation}, which readers of plain problems ignore.
 */
@JsonPropertyOrder({"id", "question", "answer", "family", "computation"})
record SyntheticRecord(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "question", required = true) String question,
        @JsonProperty(value = "answer", required = true) String answer,
        @JsonProperty(value = "family", required = true) String family,

        @JsonProperty(value = "computation", required = true)
        Computation computation) {

    static SyntheticRecord of(SyntheticProblem problem) {
        return new SyntheticRecord(
                problem.id(), problem.question(), problem.answer(), problem.family(), problem.computation());
    }

    /** Rebuilds the problem; a gold answer that disagrees with the computation is rejected. */
    SyntheticProblem toProblem() {
        return new SyntheticProblem(new Problem(id, question, answer), family, computation);
    }
}
