package io.github.siked.loop;

import io.github.siked.data.DatasetResolver;
import io.github.siked.eval.Gate;
import io.github.siked.eval.GateResult;
import io.github.siked.eval.JunitReport;
import io.github.siked.event.EventListener;
import io.github.siked.report.ExperimentMetrics;
import io.github.siked.report.ResultsWriter;
import io.github.siked.student.StudentEngine;
import io.github.siked.teacher.GenerateTeacherConfig;
import io.github.siked.teacher.GenerateTeacherStage;
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
 * A whole experiment, as {@code mvn verify} runs it (DESIGN.md "Data flow of one experiment"): per
 * seed, the teacher data, then the experiment's method and every compared method; then the
 * reported student's test scores, the results folder, and the accuracy gate with its JUnit report.
 * Every stage skips itself when its manifest matches, so an unchanged rerun only reads, a changed
 * setting reruns what depends on it, and a killed build resumes.
 */
public final class Experiment {

    /**
     * The teacher: the generation settings (their seed and folder are replaced per run seed), the
     * opened backend and the few-shot prompts.
     */
    public record Teacher(GenerateTeacherConfig settings, TeacherBackend backend, PromptRenderer prompts) {}

    private final EventListener listener;

    public Experiment(EventListener listener) {
        this.listener = listener;
    }

    public ExperimentResult run(
            ExperimentConfig config, Teacher teacher, DatasetResolver datasets, StudentEngine engine)
            throws IOException {
        Instant started = Instant.now();
        Stages stages = new Stages(datasets, engine, config.sandbox(), listener);
        MethodRun runner = new MethodRun(config, stages, listener, started);

        // Runs: per seed, the experiment's method first (the control matches it), then the others.
        List<RunOutcome> runs = new ArrayList<>();
        for (long seed : config.seeds()) {
            Path teacherData = teacherData(config, teacher, datasets, seed);
            RunOutcome main = runner.run(config.method(), seed, teacherData, Optional.empty());
            runs.add(main);
            for (Method method : config.compare()) {
                runs.add(runner.run(method, seed, teacherData, Optional.of(main)));
            }
        }

        // Results: the reported run (first seed) in full, every method over the seeds.
        Map<String, Map<String, Double>> sampled =
                config.evaluationSamples() > 0 ? new SampledEvaluation(config, stages).score(runs.get(0)) : Map.of();
        // "openai meta-llama/Meta-Llama-3-70B-Instruct"; other backends name themselves with their settings.
        String model = teacher.settings().model();
        String teacherName = model.equals(teacher.backend().name())
                ? teacher.backend().identity()
                : teacher.backend().name() + " " + model;
        ExperimentMetrics metrics =
                MetricsAssembler.of(config, StudentDescription.of(config.start()), teacherName, runs, sampled);
        new ResultsWriter(listener).write(config.resultsDir(), metrics);
        listener.info("results: " + config.resultsDir().resolve(config.experiment()));

        // Gate: the method's mean test accuracy over seeds against the thresholds and the baselines.
        Map<String, Map<String, Double>> means = MetricsAssembler.meanAccuracy(config, runs);
        GateResult gate = Gate.check(means.get(config.method().name()), means, config.thresholds(), config.margins());
        Path junit = config.workDir()
                .resolveSibling("surefire-reports")
                .resolve("TEST-siked." + config.experiment() + ".xml");
        JunitReport.write(junit, "siked." + config.experiment(), gate, Duration.between(started, Instant.now()));
        return new ExperimentResult(metrics, gate, junit);
    }

    private Path teacherData(ExperimentConfig config, Teacher teacher, DatasetResolver datasets, long seed) {
        GenerateTeacherConfig s = teacher.settings();
        GenerateTeacherConfig settings = new GenerateTeacherConfig(
                config.trainDataset(),
                config.trainLimit(),
                config.strategies(),
                s.samples(),
                s.keepPerQuestion(),
                seed,
                s.concurrency(),
                s.model(),
                s.sampling(),
                new RunLayout(config.workDir(), seed, config.method().name()).teacherDir(),
                s.cacheDir(),
                config.sandbox());
        new GenerateTeacherStage(listener).run(settings, datasets, teacher.backend(), teacher.prompts());
        return settings.dataFile();
    }
}
