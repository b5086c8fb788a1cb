package io.github.siked.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Who taught whom by which method, and with which seed: the run that {@code metrics.json} reports.
 * In {@code metrics.json} its fields stand in the top-level object after {@code experiment}
 * (docs/contracts.md, "Results").
 *
 * @param student the student model, for instance {@code google/gemma-2b}
 * @param teacher the teacher model, for instance {@code meta-llama/Meta-Llama-3-70B-Instruct}
 * @param method the method and its mixing, for instance {@code SIKeD adaptive}
 * @param seed the reported run's seed, the experiment's first
 */
@JsonPropertyOrder({"student", "teacher", "method", "seed"})
public record RunSetup(
        @JsonProperty(required = true) String student,
        @JsonProperty(required = true) String teacher,
        @JsonProperty(required = true) String method,
        @JsonProperty(required = true) long seed) {

    public RunSetup {
        Checks.name(student, "student");
        Checks.name(teacher, "teacher");
        Checks.name(method, "method");
    }
}
