package io.github.siked.teacher;

import io.github.siked.teacher.backend.Sampling;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How the teacher is asked and how much of its answer is kept: the settings of an experiment's
 * {@code <teacher>} element that do not depend on the run.
 *
 * @param model the teacher model's name as configured, part of every cache key
 * @param sampling the sampling settings sent with every request
 * @param samples samples per problem and strategy ({@code siked.teacher.samples}); SIKeD drew 10
 * @param keepPerQuestion correct samples kept per problem and strategy in D_LLM; SIKeD kept 1
 * @param concurrency requests in flight at once ({@code siked.teacher.concurrency})
 * @param cacheDir the shared answer cache, or null for none
 */
public record TeacherAsking(
        String model, Sampling sampling, int samples, int keepPerQuestion, int concurrency, Path cacheDir) {

    public TeacherAsking {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(sampling, "sampling");
        if (samples < 1 || samples > 1000) {
            throw new IllegalArgumentException("siked.teacher.samples must be between 1 and 1000; was " + samples);
        }
        if (keepPerQuestion < 1 || keepPerQuestion > samples) {
            throw new IllegalArgumentException(
                    "siked.teacher.keepPerQuestion must be between 1 and siked.teacher.samples (" + samples + "); was "
                            + keepPerQuestion);
        }
        if (concurrency < 1 || concurrency > 1024) {
            throw new IllegalArgumentException(
                    "siked.teacher.concurrency must be between 1 and 1024; was " + concurrency);
        }
    }
}
