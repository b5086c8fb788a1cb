package io.github.siked.loop;

import io.github.siked.student.SampleConfig;
import java.util.Objects;

/**
 * How iterations 1..N sample the previous student (SIKeD: k=10, temperature 0.7, top-p 0.95,
 * each strategy forced by its pre-filled tag).
 *
 * @param sampling the sampling settings ({@code <selfSampling>}); their seed is replaced per run and
 *     iteration
 * @param forced whether each strategy is forced by pre-filling its tag (SIKeD), or the student chooses
 */
public record SelfSampling(SampleConfig sampling, boolean forced) {

    public SelfSampling {
        Objects.requireNonNull(sampling, "selfSampling");
    }
}
