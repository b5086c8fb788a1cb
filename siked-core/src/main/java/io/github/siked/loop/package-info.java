/**
 * The experiment (docs/method.md, "Loop"): orchestration only; the stages it runs live in their
 * goals' packages.
 *
 * <ul>
 *   <li>{@link io.github.siked.loop.Experiment}: per run seed the teacher data, then each method's
 *       run; the results folder and the accuracy gate.
 *   <li>Configuration by concern: {@link io.github.siked.loop.ExperimentConfig} groups {@link
 *       io.github.siked.loop.Workspace}, {@link io.github.siked.loop.ExperimentDatasets}, {@link
 *       io.github.siked.loop.Training}, {@link io.github.siked.loop.SelfSampling}, {@link
 *       io.github.siked.loop.EvaluationPlan} (with {@link io.github.siked.loop.GateRules}) and
 *       {@link io.github.siked.loop.ExperimentMethods}.
 *   <li>Methods: {@link io.github.siked.loop.Methods} names the catalogue of {@link
 *       io.github.siked.loop.Method}s, each with its {@link io.github.siked.loop.Iterations}; the
 *       {@link io.github.siked.loop.StopRule} ends a run's iterations.
 *   <li>One run: {@code MethodRun} (iterations of sample, verify, mix, train, validate), {@code
 *       Seeds} (a seed per stage role and iteration), {@code RunLayout} (every folder and file),
 *       {@code RunOutcome} and {@code IterationOutcome}.
 *   <li>Results: {@code SampledTestScoring} (maj@k, pass@k and the cot+pot vote of the reported
 *       student) and {@code MetricsAssembler} (the outcomes as {@code metrics.json}).
 * </ul>
 */
package io.github.siked.loop;
