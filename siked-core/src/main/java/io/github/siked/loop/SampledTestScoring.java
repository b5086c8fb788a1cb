package io.github.siked.loop;

import io.github.siked.eval.MultiPathVote;
import io.github.siked.eval.MultiSampleScorer;
import io.github.siked.eval.MultiSampleScores;
import io.github.siked.evaluate.SampleFiles;
import io.github.siked.record.GradedSample;
import io.github.siked.report.SampledMetrics;
import io.github.siked.report.SampledMetrics.AtK;
import io.github.siked.sample.SampleStageConfig;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.SampleConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The step that samples the reported student k times per test problem and scores what it wrote:
 * maj@k and pass@k per strategy, and Mixed Distillation's multi-path inference (Li et al., Findings
 * of EMNLP 2024): sampled cot chains and executed pot programs voting on one answer.
 */
final class SampledTestScoring {

    private final ExperimentConfig config;
    private final Stages stages;

    SampledTestScoring(ExperimentConfig config, Stages stages) {
        this.config = config;
        this.stages = stages;
    }

    /** The scores of the run's best student, by test set. */
    Map<String, SampledMetrics> score(RunOutcome run) throws IOException {
        int k = config.evaluation().samples();
        IterationOutcome best = run.bestIteration();
        Path iterationDir = new RunLayout(
                        config.workspace().workDir(), run.seed(), run.method().name())
                .iteration(best.iteration(), run.method().selection());
        SampleConfig sampling = config.selfSampling().sampling().withK(k).withSeed(Seeds.derive(run.seed(), "eval", k));
        Map<String, SampledMetrics> scores = new LinkedHashMap<>();
        for (String dataset : config.datasets().tests()) {
            Map<Strategy, List<GradedSample>> samples = new EnumMap<>(Strategy.class);
            Map<Strategy, AtK> byStrategy = new EnumMap<>(Strategy.class);
            for (Strategy strategy : config.training().strategies()) {
                SampleFiles files = RunLayout.forced(iterationDir, dataset, k, strategy);
                SampleStageConfig forced = new SampleStageConfig(
                        best.student(),
                        dataset,
                        config.datasets().testLimit(),
                        List.of(strategy),
                        best.iteration(),
                        files.samples(),
                        sampling);
                List<GradedSample> graded = Stages.read(stages.sampleAndGrade(forced, files.graded()));
                samples.put(strategy, graded);
                MultiSampleScores scored = MultiSampleScorer.score(dataset, graded, k);
                byStrategy.put(strategy, new AtK(scored.majAtK(), scored.passAtK()));
            }
            OptionalDouble vote = samples.containsKey(Strategy.COT) && samples.containsKey(Strategy.POT)
                    ? OptionalDouble.of(MultiPathVote.of(dataset, samples.get(Strategy.COT), samples.get(Strategy.POT))
                            .vote())
                    : OptionalDouble.empty();
            scores.put(dataset, new SampledMetrics(k, Optional.empty(), byStrategy, vote));
        }
        return scores;
    }
}
