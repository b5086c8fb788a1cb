package io.github.siked.loop;

import io.github.siked.eval.DatasetEval;
import io.github.siked.mix.MixSummary;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one iteration of a run produced.
 *
 * @param iteration 0 for the teacher-data student, then 1..N
 * @param mix the training data's make-up (teacher and student rows, alpha)
 * @param trainSteps optimizer steps of its training
 * @param student the trained student's folder
 * @param validation greedy accuracy on the validation split, which picks the best iteration
 * @param tests greedy results on the test sets, by dataset; empty when not scored this iteration
 */
record IterationOutcome(
        int iteration,
        MixSummary mix,
        long trainSteps,
        Path student,
        DatasetEval validation,
        Map<String, DatasetEval> tests) {

    IterationOutcome {
        tests = Map.copyOf(tests);
    }

    long rows() {
        return mix.teacherRows() + mix.studentRows();
    }
}
