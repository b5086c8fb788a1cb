package io.github.siked.verify;

import io.github.siked.record.GradedSample;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;

/** Grades one sample against its problem. Implementations are thread-safe and never throw because of what a model wrote. */
@FunctionalInterface
public interface Grader {

    GradedSample grade(Sample sample, Problem problem);
}
