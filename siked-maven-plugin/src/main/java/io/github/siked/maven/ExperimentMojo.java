package io.github.siked.maven;

import io.github.siked.loop.Continuation;
import io.github.siked.loop.EvaluationPlan;
import io.github.siked.loop.Experiment;
import io.github.siked.loop.ExperimentConfig;
import io.github.siked.loop.ExperimentDatasets;
import io.github.siked.loop.ExperimentMethods;
import io.github.siked.loop.ExperimentResult;
import io.github.siked.loop.GateRules;
import io.github.siked.loop.Iterations;
import io.github.siked.loop.Method;
import io.github.siked.loop.Methods;
import io.github.siked.loop.SelfSampling;
import io.github.siked.loop.Training;
import io.github.siked.loop.Workspace;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.TrainConfig;
import io.github.siked.teacher.TeacherBackend;
import io.github.siked.teacher.TeacherChoice;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs a whole experiment, bound to {@code verify} so that {@code mvn verify} in an experiment
 * module runs it: teacher data, iteration 0, iterations 1..N of sample, verify, mix and train with
 * validation after each, evaluation of the best student on the test sets, the results folder, and
 * the accuracy gate (a JUnit report under {@code target/surefire-reports}; a miss fails the build).
 * Every stage is skipped when its manifest matches, so reruns and resumed builds redo only what
 * changed or was cut short.
 */
@Mojo(name = "experiment", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ExperimentMojo extends AbstractSikedMojo {

    /** The experiment's name: its folder under {@code results/}. Default: the module's artifactId. */
    @Parameter(property = "siked.experiment", defaultValue = "${project.artifactId}")
    private String experiment;

    /** The method, one of {@code siked}, {@code siked-keep-all}, {@code siked-all}, {@code self-only}, {@code fixed-alpha-<a>}, or a baseline. Default: {@code siked}. */
    @Parameter(property = "siked.method", defaultValue = "siked")
    private String method;

    /** Methods to compare with, comma-separated, for instance {@code combined,control,cot-only,l2m-only,pot-only}. Default: none. */
    @Parameter(property = "siked.compare", defaultValue = "")
    private String compare;

    /** Run seeds, comma-separated: each method runs once per seed and the table shows mean and sd. Default: {@code siked.seed}. */
    @Parameter(property = "siked.seeds")
    private String seeds;

    /** Iterations after iteration 0. Default: 3. */
    @Parameter(property = "siked.iterations", defaultValue = "3")
    private int iterations;

    /** {@code previous} (continue from the last student, SIKeD's default) or {@code base}. */
    @Parameter(property = "siked.trainFrom", defaultValue = "previous")
    private String trainFrom;

    /** The strategies taught, comma-separated. Default: {@code cot,l2m,pot}. */
    @Parameter(property = "siked.strategies", defaultValue = "cot,l2m,pot")
    private String strategies;

    /** The biased-strategy baseline's order. Default: {@code pot,cot,l2m}. */
    @Parameter(property = "siked.priority", defaultValue = "pot,cot,l2m")
    private String priority;

    /** Training problems. Default: {@code synthetic:train}. */
    @Parameter(property = "siked.train.dataset", defaultValue = "synthetic:train")
    private String trainDataset;

    /** Only the first N training problems; 0 for all. */
    @Parameter(property = "siked.train.limit", defaultValue = "0")
    private int trainLimit;

    /** Held-out problems that choose the best iteration. Default: {@code synthetic:validation}. */
    @Parameter(property = "siked.validation.dataset", defaultValue = "synthetic:validation")
    private String validationDataset;

    /** Only the first N validation problems; 0 for all. */
    @Parameter(property = "siked.validation.limit", defaultValue = "0")
    private int validationLimit;

    /** Test sets, comma-separated, in and out of distribution. Default: the synthetic test and OOD splits. */
    @Parameter(
            property = "siked.test.datasets",
            defaultValue = "synthetic:test,synthetic:ood-phrasing,synthetic:ood-steps,synthetic:ood-numbers")
    private String testDatasets;

    /** Only the first N problems of each test set; 0 for all. */
    @Parameter(property = "siked.test.limit", defaultValue = "0")
    private int testLimit;

    /** The base student: a Hugging Face folder, or a folder with only {@code config.json} to train from scratch. Required. */
    @Parameter(property = "siked.student.start", required = true)
    private File start;

    /** The teacher ({@link TeacherSettings}). Default: the scripted teacher, 10 samples, 1 kept. */
    @Parameter
    private TeacherSettings teacher;

    /** Training ({@link TrainSettings}). Default: SIKeD's recipe. */
    @Parameter
    private TrainSettings train;

    /** Self-sampling ({@link SamplingSettings}). Default: SIKeD's (k=10, temperature 0.7, forced). */
    @Parameter
    private SamplingSettings selfSampling;

    /** Evaluation ({@link EvaluationSettings}). Default: greedy, 512 new tokens, every iteration scored. */
    @Parameter
    private EvaluationSettings evaluation;

    /** When iterations stop ({@link StopSettings}). Default: after one iteration without gain. */
    @Parameter
    private StopSettings stop;

    /** Minimum test accuracies ({@link ThresholdSetting}); a miss fails the build. */
    @Parameter
    private List<ThresholdSetting> thresholds = List.of();

    /** "Beat baseline X by delta" checks ({@link MarginSetting}); a miss fails the build. */
    @Parameter
    private List<MarginSetting> baselineMargins = List.of();

    /** Where the results tables and plots go. Default: {@code results/} at the top of the build. */
    @Parameter(property = "siked.results", defaultValue = "${maven.multiModuleProjectDirectory}/results")
    private File results;

    /** {@code auto} (the GPU when libtorch has CUDA and one is present), {@code cpu} or {@code gpu}. */
    @Parameter(property = "siked.device", defaultValue = "auto")
    private String device;

    /**
     * libtorch's CPU threads for training and sampling, for example {@code 1} on a machine that
     * other work keeps busy: libtorch's default, one thread per core, is fastest on an idle machine
     * but several times slower when the cores are shared. It is not recorded in the stage
     * manifests, so changing it re-runs nothing. Default: 0, libtorch's own count.
     */
    @Parameter(property = "siked.threads", defaultValue = "0")
    private String threads;

    /** A folder of prompt files. Default: the bundled prompts. */
    @Parameter(property = "siked.prompts")
    private File prompts;

    /**
     * Whether a missed threshold or margin fails the build. {@code false} only warns, listing the
     * misses (the JUnit report still records them), for exploratory runs. Default: true.
     */
    @Parameter(property = "siked.gate.fail", defaultValue = "true")
    private boolean failOnMiss;

    @Parameter(defaultValue = "${project.build.directory}/siked", readonly = true)
    private File workDir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("experiment")) {
            return;
        }
        MavenEvents events = new MavenEvents(getLog());
        TeacherSettings teacherSettings = teacher == null ? new TeacherSettings() : teacher;
        TrainSettings training = train == null ? new TrainSettings() : train;
        ExperimentResult result = Failures.translate(() -> {
            ExperimentConfig config = config(training);
            TeacherChoice choice = teacherSettings.choice();
            try (TeacherBackend backend = choice.open(trainDataset, synthetic(), events)) {
                Experiment.Teacher teacherRun = new Experiment.Teacher(
                        teacherSettings.asking(choice),
                        backend,
                        teacherSettings.prompts(config.training().strategies()));
                return new Experiment(events)
                        .run(
                                config,
                                teacherRun,
                                datasets(events),
                                EngineProperties.find(
                                        training.engineSettings(device, threads),
                                        getClass().getClassLoader()));
            }
        });
        getLog().info("gate: " + result.gate().checks().size() + " checks, JUnit report " + result.junitReport());
        if (!result.gate().passed()) {
            if (!failOnMiss) {
                getLog().warn(result.gate().failureMessage() + "\n(siked.gate.fail=false: the build goes on)");
                return;
            }
            throw new MojoFailureException(result.gate().failureMessage());
        }
    }

    private ExperimentConfig config(TrainSettings training) {
        List<Strategy> taught = strategies(strategies, "<strategies>");
        Methods catalogue = new Methods(
                taught, strategies(priority, "<priority>"), new Iterations(iterations, Continuation.parse(trainFrom)));
        Method main = catalogue.named(method, "<method>");
        List<Method> compared = list(compare).stream()
                .map(name -> catalogue.named(name, "<compare>"))
                .toList();
        List<Long> runSeeds = seeds == null || seeds.isBlank()
                ? List.of(seed)
                : list(seeds).stream().map(Long::parseLong).toList();
        SamplingSettings sampling = selfSampling == null ? new SamplingSettings() : selfSampling;
        EvaluationSettings eval = evaluation == null ? new EvaluationSettings() : evaluation;
        TrainConfig base = training.toConfig(prompts, "<train><lossWeights>");
        GateRules gate = new GateRules(
                thresholds.stream().map(ThresholdSetting::toThreshold).toList(),
                baselineMargins.stream().map(MarginSetting::toMargin).toList());
        return new ExperimentConfig(
                experiment,
                new Workspace(workDir.toPath(), results.toPath(), sandbox()),
                new ExperimentDatasets(
                        trainDataset, trainLimit, validationDataset, validationLimit, list(testDatasets), testLimit),
                new Training(taught, start.toPath(), base, base.withEpochs(training.iterationEpochs())),
                new SelfSampling(sampling.toConfig(), sampling.forced),
                new EvaluationPlan(eval.greedy(), eval.samples, eval.everyIteration, gate),
                new ExperimentMethods(main, compared, runSeeds, (stop == null ? new StopSettings() : stop).toRule()));
    }

    /** Strategy ids, a bad one named with its pom element ({@code <strategies>}, {@code <priority>}). */
    private static List<Strategy> strategies(String ids, String element) {
        try {
            return list(ids).stream().map(Strategy::fromId).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(element + " is '" + ids + "': " + e.getMessage(), e);
        }
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank()
                ? List.of()
                : Arrays.stream(commaSeparated.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
