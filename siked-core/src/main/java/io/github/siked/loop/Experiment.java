package io.github.siked.loop;

import io.github.siked.data.DatasetResolver;
import io.github.siked.eval.Gate;
import io.github.siked.eval.GateResult;
import io.github.siked.eval.JunitReport;
import io.github.siked.eval.MethodAccuracy;
import io.github.siked.event.EventListener;
import io.github.siked.report.ExperimentMetrics;
import io.github.siked.report.ResultsWriter;
import io.github.siked.report.SampledMetrics;
import io.github.siked.student.StudentEngine;
import io.github.siked.teacher.GenerateTeacherStageConfig;
import io.github.siked.teacher.TeacherAsking;
import io.github.siked.teacher.backend.TeacherBackend;
import io.github.siked.teacher.prompt.PromptRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole experiment, as {@code mvn verify} runs it (docs/method.md, "Loop"): per seed, the teacher
 * data, then the experiment's method and every compared method; then the reported student's test
 * scores, the results folder, and the accuracy gate with its JUnit report. Every stage skips itself
 * when its manifest matches, so an unchanged rerun only reads, a changed setting reruns what
 * depends on it, and a killed build resumes.
 */
public final class Experiment {

    /**
     * The teacher: how it is asked (the dataset, strategies, seed and folder come from the run), the
     * opened backend and the few-shot prompts.
     */
    public record Teacher(TeacherAsking asking, TeacherBackend backend, PromptRenderer prompts) {}

    private final EventListener listener;

    public Experiment(EventListener listener) {
        this.listener = listener;
    }

    public ExperimentResult run(
            ExperimentConfig config, Teacher teacher, DatasetResolver datasets, StudentEngine engine)
            throws IOException {
        Instant started = Instant.now();
        Workspace workspace = config.workspace();
        ExperimentMethods methods = config.methods();
        Stages stages = new Stages(datasets, engine, workspace.sandbox(), listener);
        MethodRun runner = new MethodRun(config, stages, listener, started);

        // Runs: per seed, the experiment's method first (the control matches it), then the others.
        List<RunOutcome> runs = new ArrayList<>();
        for (long seed : methods.seeds()) {
            Path teacherData = stages.teacher(teacherRun(config, teacher, seed), teacher.backend(), teacher.prompts());
            RunOutcome main = runner.run(methods.method(), seed, teacherData, Optional.empty());
            runs.add(main);
            for (Method method : methods.compare()) {
                runs.add(runner.run(method, seed, teacherData, Optional.of(main)));
            }
        }

        // Results: the reported run (first seed) in full, every method over the seeds.
        Map<String, SampledMetrics> sampled = config.evaluation().samples() > 0
                ? new SampledTestScoring(config, stages).score(runs.get(0))
                : Map.of();
        // "openai meta-llama/Meta-Llama-3-70B-Instruct"; other backends name themselves with their settings.
        String model = teacher.asking().model();
        String teacherName = model.equals(teacher.backend().name())
                ? teacher.backend().identity()
                : teacher.backend().name() + " " + model;
        ExperimentMetrics metrics = MetricsAssembler.of(
                config, StudentDescription.of(config.training().start()), teacherName, runs, sampled);
        new ResultsWriter(listener).write(workspace.resultsDir(), metrics);
        listener.info("results: " + workspace.resultsDir().resolve(config.experiment()));

        // Gate: the method's mean test accuracy over seeds against the thresholds and the baselines.
        List<MethodAccuracy> means = MetricsAssembler.meanAccuracy(config, runs);
        GateRules rules = config.evaluation().gate();
        GateResult gate = Gate.check(means.get(0), means, rules.thresholds(), rules.margins());
        Path junit = workspace
                .workDir()
                .resolveSibling("surefire-reports")
                .resolve("TEST-siked." + config.experiment() + ".xml");
        JunitReport.write(junit, "siked." + config.experiment(), gate, Duration.between(started, Instant.now()));
        return new ExperimentResult(metrics, gate, junit);
    }

    /** The teacher stage of one run seed: the experiment's training problems and strategies. */
    private static GenerateTeacherStageConfig teacherRun(ExperimentConfig config, Teacher teacher, long seed) {
        RunLayout layout = new RunLayout(
                config.workspace().workDir(), seed, config.methods().method().name());
        return new GenerateTeacherStageConfig(
                config.datasets().train(),
                config.datasets().trainLimit(),
                config.training().strategies(),
                seed,
                teacher.asking(),
                layout.teacherDir(),
                config.workspace().sandbox());
    }
}
