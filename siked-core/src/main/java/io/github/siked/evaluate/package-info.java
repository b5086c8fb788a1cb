/**
 * The evaluate goal ({@code siked:evaluate}) and the scoring the loop shares with it.
 *
 * <ul>
 *   <li>{@link io.github.siked.evaluate.GradedSampling}: the sample stage, then the verify stage on
 *       its output, into a pair of {@link io.github.siked.evaluate.SampleFiles}; and greedy scoring
 *       of one dataset on top of them.
 *   <li>{@link io.github.siked.evaluate.EvaluateStage}: one student greedily on each test set,
 *       configured by an {@link io.github.siked.evaluate.EvaluateStageConfig}, written to {@code
 *       evaluation.json}; its result is an {@link io.github.siked.evaluate.Evaluation}.
 *   <li>{@link io.github.siked.evaluate.GatedEvaluation}: the stage, then the accuracy gate and its
 *       JUnit report.
 * </ul>
 */
package io.github.siked.evaluate;
