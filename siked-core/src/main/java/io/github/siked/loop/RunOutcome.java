package io.github.siked.loop;

import java.util.List;

/**
 * One method's run with one seed: its iterations in order and the best one, chosen on validation.
 *
 * @param method the method
 * @param seed the run's seed
 * @param iterations iteration 0 first; the loop may have stopped before the configured count
 * @param best the index of the iteration with the highest validation accuracy
 */
record RunOutcome(Method method, long seed, List<IterationOutcome> iterations, int best) {

    RunOutcome {
        iterations = List.copyOf(iterations);
    }

    IterationOutcome bestIteration() {
        return iterations.get(best);
    }

    /** The training rows of iteration {@code t}, for the teacher-only control matched to this run. */
    long rows(int t) {
        return t < iterations.size() ? iterations.get(t).rows() : 0;
    }
}
