package io.github.siked.record;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.github.siked.strategy.Strategy;
import java.util.Objects;

/**
 * A sample with its grade (docs/contracts.md, "Records"). In JSON one flat object: the sample's
 * fields, then the grade's {@code gold}, {@code prediction} (null when none was read),
 * {@code verdict} and {@code correct}; each half reads the fields it declares and ignores the rest.
 *
 * @param sample the output that was graded
 * @param grade what grading found
 */
public record GradedSample(
        @JsonUnwrapped Sample sample, @JsonUnwrapped Grade grade) {

    public GradedSample {
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(grade, "grade");
        if (grade.correct() != (grade.verdict() == Verdict.CORRECT)) {
            throw new IllegalArgumentException("correct="
                    + grade.correct()
                    + " contradicts verdict "
                    + grade.verdict().id()
                    + " for sample "
                    + sample.id());
        }
    }

    /** Grades a sample: the sample with its gold answer, prediction and verdict. */
    public static GradedSample of(Sample sample, String gold, String prediction, Verdict verdict) {
        return new GradedSample(sample, Grade.of(gold, prediction, verdict));
    }

    // The fields of both halves, read as they were when the record was flat.

    /** The problem's id. */
    public String id() {
        return sample.id();
    }

    /** The strategy the output was asked for or tagged. */
    public Strategy strategy() {
        return sample.strategy();
    }

    /** Teacher or student. */
    public Origin origin() {
        return sample.origin();
    }

    /** The distillation iteration that produced the output. */
    public int iteration() {
        return sample.iteration();
    }

    /** The output's index among those drawn for its problem and strategy. */
    public int index() {
        return sample.index();
    }

    /** The raw output. */
    public String text() {
        return sample.text();
    }

    /** The gold answer. */
    public String gold() {
        return grade.gold();
    }

    /** The answer read from the output, or null. */
    public String prediction() {
        return grade.prediction();
    }

    /** The outcome of grading. */
    public Verdict verdict() {
        return grade.verdict();
    }

    /** Whether the verdict is {@link Verdict#CORRECT}. */
    public boolean correct() {
        return grade.correct();
    }
}
