/**
 * Evaluation: greedy accuracy with Wilson intervals and the student's strategy choice ({@link
 * io.github.siked.eval.GreedyEval}), maj@k and pass@k over several samples ({@link
 * io.github.siked.eval.MultiSampleScorer}), Mixed Distillation's multi-path vote ({@link
 * io.github.siked.eval.MultiPathVote}), the accuracy gate ({@link io.github.siked.eval.Gate}) and
 * its JUnit XML report ({@link io.github.siked.eval.JunitReport}).
 *
 * <p>Everything here is a pure function of graded samples (docs/contracts.md, "Records"); reading and
 * writing the samples, and deciding what the gate means for the build, are the caller's.
 */
package io.github.siked.eval;
