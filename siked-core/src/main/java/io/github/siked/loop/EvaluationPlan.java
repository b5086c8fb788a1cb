package io.github.siked.loop;

import io.github.siked.student.SampleConfig;
import java.util.Objects;

/**
 * How an experiment scores its students.
 *
 * @param greedy the decoding of validation and test evaluation (greedy; new-token cap, batch size)
 * @param samples k for maj@k, pass@k and Mixed Distillation's multi-path vote on the test sets
 *     (sampled with the self-sampling temperature), 0 for none ({@code <evaluationSamples>})
 * @param everyIteration whether every iteration's student is also scored on the test sets (for the
 *     accuracy-per-iteration plot; the best iteration is still chosen on validation)
 * @param gate what the reported test accuracies must meet
 */
public record EvaluationPlan(SampleConfig greedy, int samples, boolean everyIteration, GateRules gate) {

    public EvaluationPlan {
        Objects.requireNonNull(greedy, "greedy");
        Objects.requireNonNull(gate, "gate");
        if (!greedy.greedyDecoding()) {
            throw new IllegalArgumentException("evaluation decodes greedily: its temperature must be 0, was "
                    + greedy.decoding().temperature());
        }
        if (samples < 0 || samples > 1000) {
            throw new IllegalArgumentException("<evaluationSamples> is " + samples + ": give 0 (none) to 1000");
        }
    }
}
