package io.github.siked.teacher.backend;

import io.github.siked.record.Problem;
import io.github.siked.strategy.Strategy;
import java.util.Objects;

/**
 * One question to the teacher: a problem, the strategy to answer it with, the full prompt (few-shot
 * examples and the question) and the sampling settings.
 *
 * @param problem the problem being answered
 * @param strategy the strategy the prompt asks for
 * @param prompt the text sent to a model; a scripted teacher ignores it
 * @param n how many samples to draw
 * @param seed the seed of the first sample; sample i uses {@code seed + i} when asked one by one
 * @param sampling temperature, top-p, token cap, stop strings and pass-through fields
 */
public record TeacherRequest(Problem problem, Strategy strategy, String prompt, int n, long seed, Sampling sampling) {

    public TeacherRequest {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(sampling, "sampling");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1; was " + n);
        }
    }
}
