package io.github.siked.maven;

import io.github.siked.loop.Continuation;
import io.github.siked.loop.EvaluationPlan;
import io.github.siked.loop.ExperimentConfig;
import io.github.siked.loop.ExperimentDatasets;
import io.github.siked.loop.ExperimentMethods;
import io.github.siked.loop.GateRules;
import io.github.siked.loop.Iterations;
import io.github.siked.loop.Methods;
import io.github.siked.loop.SelfSampling;
import io.github.siked.loop.Training;
import io.github.siked.loop.Workspace;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.TrainConfig;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What an experiment's pom configures, read into the core's {@link ExperimentConfig}; {@link
 * ExperimentMojo} runs it. The parameters live here, apart from the goal, because an experiment has
 * thirty of them (jib's {@code JibPluginConfiguration} keeps its goals thin the same way).
 */
abstract class ExperimentParameters extends AbstractTrainingMojo {

    /** The experiment's name: its folder under {@code results/}. Default: the module's artifactId. */
    @Parameter(property = "siked.experiment", defaultValue = "${project.artifactId}")
    String experiment;

    /**
     * The method, one of {@code siked}, {@code siked-keep-all}, {@code siked-all}, {@code self-only},
     * {@code fixed-alpha-<a>}, or a baseline. Default: {@code siked}.
     */
    @Parameter(property = "siked.method", defaultValue = "siked")
    String method;

    /**
     * Methods to compare with, comma-separated, for instance {@code
     * combined,control,cot-only,l2m-only,pot-only}. Default: none.
     */
    @Parameter(property = "siked.compare", defaultValue = "")
    String compare;

    /** Run seeds, comma-separated: each method runs once per seed and the table shows mean and sd. Default: {@code siked.seed}. */
    @Parameter(property = "siked.seeds")
    String seeds;

    /** Iterations after iteration 0. Default: 3. */
    @Parameter(property = "siked.iterations", defaultValue = "3")
    int iterations;

    /** {@code previous} (continue from the last student, SIKeD's default) or {@code base}. */
    @Parameter(property = "siked.trainFrom", defaultValue = "previous")
    String trainFrom;

    /** The strategies taught, comma-separated. Default: {@code cot,l2m,pot}. */
    @Parameter(property = "siked.strategies", defaultValue = "cot,l2m,pot")
    String strategies;

    /** The biased-strategy baseline's order. Default: {@code pot,cot,l2m}. */
    @Parameter(property = "siked.priority", defaultValue = "pot,cot,l2m")
    String priority;

    /** Only the first N training problems; 0 for all. */
    @Parameter(property = "siked.train.limit", defaultValue = "0")
    int trainLimit;

    /** Held-out problems that choose the best iteration. Default: {@code synthetic:validation}. */
    @Parameter(property = "siked.validation.dataset", defaultValue = "synthetic:validation")
    String validationDataset;

    /** Only the first N validation problems; 0 for all. */
    @Parameter(property = "siked.validation.limit", defaultValue = "0")
    int validationLimit;

    /** Test sets, comma-separated, in and out of distribution. Default: the synthetic test and OOD splits. */
    @Parameter(
            property = "siked.test.datasets",
            defaultValue = "synthetic:test,synthetic:ood-phrasing,synthetic:ood-steps,synthetic:ood-numbers")
    String testDatasets;

    /** Only the first N problems of each test set; 0 for all. */
    @Parameter(property = "siked.test.limit", defaultValue = "0")
    int testLimit;

    /** The teacher ({@link TeacherSettings}). Default: the scripted teacher, 10 samples, 1 kept. */
    @Parameter
    TeacherSettings teacher = new TeacherSettings();

    /** Training ({@link TrainSettings}). Default: SIKeD's recipe. */
    @Parameter
    TrainSettings train = new TrainSettings();

    /** Self-sampling ({@link SamplingSettings}). Default: SIKeD's (k=10, temperature 0.7, forced). */
    @Parameter
    SamplingSettings selfSampling = new SamplingSettings();

    /** Evaluation ({@link EvaluationSettings}). Default: greedy, 512 new tokens, every iteration scored. */
    @Parameter
    EvaluationSettings evaluation = new EvaluationSettings();

    /** When iterations stop ({@link StopSettings}). Default: after one iteration without gain. */
    @Parameter
    StopSettings stop = new StopSettings();

    /** Minimum test accuracies ({@link ThresholdSetting}); a miss fails the build. */
    @Parameter
    List<ThresholdSetting> thresholds = List.of();

    /** "Beat baseline X by delta" checks ({@link MarginSetting}); a miss fails the build. */
    @Parameter
    List<MarginSetting> baselineMargins = List.of();

    /**
     * Whether a missed threshold or margin fails the build. {@code false} only warns, listing the
     * misses (the JUnit report still records them), for exploratory runs. Default: true.
     */
    @Parameter(property = "siked.gate.fail", defaultValue = "true")
    boolean failOnMiss;

    /** Where the results tables and plots go. Default: {@code results/} at the top of the build. */
    @Parameter(property = "siked.results", defaultValue = "${maven.multiModuleProjectDirectory}/results")
    File results;

    /**
     * The experiment as the pom configures it.
     *
     * @throws IllegalArgumentException naming the pom element of a bad value
     */
    ExperimentConfig config() {
        List<Strategy> taught = CommaList.strategies(strategies, "<strategies>");
        Methods catalogue = new Methods(
                taught,
                CommaList.strategies(priority, "<priority>"),
                new Iterations(iterations, Continuation.parse(trainFrom)));
        TrainConfig training = train.toConfig(prompts, "<train><lossWeights>");
        GateRules gate = new GateRules(
                thresholds.stream().map(ThresholdSetting::toThreshold).toList(),
                baselineMargins.stream().map(MarginSetting::toMargin).toList());
        return new ExperimentConfig(
                experiment,
                new Workspace(workDir.toPath(), results.toPath(), sandbox()),
                new ExperimentDatasets(
                        trainDataset,
                        trainLimit,
                        validationDataset,
                        validationLimit,
                        CommaList.of(testDatasets),
                        testLimit),
                new Training(taught, start.toPath(), training, training.withEpochs(train.iterationEpochs())),
                new SelfSampling(selfSampling.toConfig(), selfSampling.forced),
                new EvaluationPlan(evaluation.greedy(), evaluation.samples, evaluation.everyIteration, gate),
                new ExperimentMethods(
                        catalogue.named(method, "<method>"),
                        CommaList.of(compare).stream()
                                .map(name -> catalogue.named(name, "<compare>"))
                                .toList(),
                        seeds == null || seeds.isBlank() ? List.of(seed) : CommaList.seeds(seeds, "<seeds>"),
                        stop.toRule()));
    }
}
