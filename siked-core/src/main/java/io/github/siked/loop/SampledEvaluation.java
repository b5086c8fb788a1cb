package io.github.siked.loop;

import io.github.siked.eval.MultiPathVote;
import io.github.siked.eval.SampledEval;
import io.github.siked.eval.SampledScores;
import io.github.siked.eval.VoteScores;
import io.github.siked.record.GradedSample;
import io.github.siked.strategy.Strategy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores that need several samples per question, for the reported student on every test set:
 * maj@k and pass@k per strategy, and Mixed Distillation's multi-path inference (Li et al., Findings
 * of EMNLP 2024): sampled cot chains and executed pot programs voting on one answer.
 */
final class SampledEvaluation {

    private final ExperimentConfig config;
    private final Stages stages;

    SampledEvaluation(ExperimentConfig config, Stages stages) {
        this.config = config;
        this.stages = stages;
    }

    /** By dataset: {@code "cot maj@k"}, {@code "cot pass@k"} …, and {@code "cot+pot vote"} when both are taught. */
    Map<String, Map<String, Double>> score(RunOutcome run) throws IOException {
        int k = config.evaluationSamples();
        IterationOutcome best = run.bestIteration();
        Path iterationDir = new RunLayout(
                        config.workDir(), run.seed(), run.method().name())
                .iteration(best.iteration(), run.method().selection());
        Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
        for (String dataset : config.testDatasets()) {
            Path dir = RunLayout.eval(iterationDir, dataset).resolve("sampled-k" + k);
            Map<Strategy, List<GradedSample>> samples = new EnumMap<>(Strategy.class);
            Map<String, Double> byName = new LinkedHashMap<>();
            for (Strategy strategy : config.strategies()) {
                List<GradedSample> graded = stages.sampleForced(
                        best.student(),
                        dataset,
                        config.testLimit(),
                        best.iteration(),
                        strategy,
                        config.selfSampling().withK(k).withSeed(Seeds.derive(run.seed(), "eval", k)),
                        dir);
                samples.put(strategy, graded);
                SampledScores scored = SampledEval.of(dataset, graded, k);
                byName.put(strategy.id() + " maj@" + k, scored.majAtK());
                byName.put(strategy.id() + " pass@" + k, scored.passAtK());
            }
            if (samples.containsKey(Strategy.COT) && samples.containsKey(Strategy.POT)) {
                VoteScores vote = MultiPathVote.of(dataset, samples.get(Strategy.COT), samples.get(Strategy.POT));
                byName.put("cot+pot vote", vote.vote());
            }
            scores.put(dataset, byName);
        }
        return scores;
    }
}
