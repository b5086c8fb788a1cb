package io.github.siked.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The data one iteration's student was trained on: how many rows the teacher wrote, how many
 * earlier students wrote, and the mixing rate between them (docs/method.md, "Mixing"). In
 * {@code metrics.json} its fields stand in the iteration's object (docs/contracts.md, "Results");
 * {@link IterationMetrics} checks them, naming the iteration when one is out of range.
 *
 * @param alpha the mixing rate: teacher rows / (teacher rows + student rows)
 * @param teacherRows training rows written by the teacher
 * @param studentRows training rows written by earlier students (0 in iteration 0)
 */
@JsonPropertyOrder({"alpha", "teacherRows", "studentRows"})
public record MixMetrics(
        @JsonProperty(required = true) double alpha,
        @JsonProperty(required = true) long teacherRows,
        @JsonProperty(required = true) long studentRows) {

    /** Checks every number, each message starting with {@code at}. */
    void check(String at) {
        Checks.fraction(alpha, at + "alpha");
        Checks.count(teacherRows, at + "teacherRows");
        Checks.count(studentRows, at + "studentRows");
    }
}
