package io.github.siked.student;

import io.github.siked.strategy.Strategy;
import java.util.Objects;

/**
 * One training row as text: a question and a rationale written with one strategy. The loop builds
 * these from the mixed data (teacher and student samples); the trainer encodes them with {@link
 * StudentEncoder}.
 *
 * @param id the problem's id, for messages
 * @param question the question text
 * @param strategy the strategy the rationale uses; it picks the tag and the loss weight
 * @param rationale the solution, with or without its tag
 */
public record TrainingExample(String id, String question, Strategy strategy, String rationale) {

    public TrainingExample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(strategy, "strategy");
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("training example " + id + " has no question text");
        }
        if (rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException("training example " + id + " (" + strategy + ") has no rationale text");
        }
    }
}
