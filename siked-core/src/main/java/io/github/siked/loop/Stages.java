package io.github.siked.loop;

import io.github.siked.data.DatasetResolver;
import io.github.siked.eval.DatasetEval;
import io.github.siked.eval.GreedyEval;
import io.github.siked.event.EventListener;
import io.github.siked.mix.MixStage;
import io.github.siked.mix.MixSummary;
import io.github.siked.record.GradedSample;
import io.github.siked.record.JsonlReader;
import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.StudentEngine;
import io.github.siked.verify.VerifyConfig;
import io.github.siked.verify.VerifyStage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages one experiment runs, with what they share (datasets, the engine, the sandbox, the
 * listener): the loop calls these and never builds a stage itself. Every stage skips itself when
 * its manifest matches, so a rerun or a resumed build redoes only what changed or was cut short.
 */
final class Stages {

    private final DatasetResolver datasets;
    private final StudentEngine engine;
    private final SandboxConfig sandbox;
    private final EventListener listener;

    Stages(DatasetResolver datasets, StudentEngine engine, SandboxConfig sandbox, EventListener listener) {
        this.datasets = datasets;
        this.engine = engine;
        this.sandbox = sandbox;
        this.listener = listener;
    }

    MixSummary mix(MixStage.Config config) throws IOException {
        return new MixStage(listener).run(config);
    }

    /** Trains, or finds the student already trained; returns the optimizer steps it took. */
    long train(TrainStage.Config config) throws IOException {
        new TrainStage(listener).run(config, datasets, engine);
        return TrainStage.recordedSteps(config.output());
    }

    /** Draws samples and grades them against the dataset; returns the graded file. */
    Path sampleAndGrade(SampleStage.Config config) throws IOException {
        new SampleStage(listener).run(config, datasets, engine);
        Path graded = config.output().resolveSibling(graded(config.output()));
        new VerifyStage(listener)
                .run(new VerifyConfig(config.output(), config.dataset(), null, false, graded, sandbox), datasets);
        return graded;
    }

    /** Greedy decoding with the strategy left to the student, graded and scored. */
    DatasetEval evaluate(Path student, String dataset, int limit, int iteration, SampleConfig greedy, Path dir)
            throws IOException {
        Path graded = sampleAndGrade(new SampleStage.Config(
                student, dataset, limit, List.of(), iteration, dir.resolve("samples.jsonl"), greedy));
        return GreedyEval.of(dataset, read(graded));
    }

    /** Samples {@code config.k()} outputs per problem with one strategy forced, graded. */
    List<GradedSample> sampleForced(
            Path student, String dataset, int limit, int iteration, Strategy strategy, SampleConfig config, Path dir)
            throws IOException {
        Path graded = sampleAndGrade(new SampleStage.Config(
                student,
                dataset,
                limit,
                List.of(strategy),
                iteration,
                dir.resolve(strategy.id() + "-samples.jsonl"),
                config));
        return read(graded);
    }

    static List<GradedSample> read(Path graded) {
        List<GradedSample> all = new ArrayList<>();
        try (JsonlReader<GradedSample> in = JsonlReader.open(graded, GradedSample.class)) {
            while (in.hasNext()) {
                all.add(in.next());
            }
        }
        return all;
    }

    private static String graded(Path samples) {
        String name = samples.getFileName().toString();
        return name.endsWith("samples.jsonl")
                ? name.substring(0, name.length() - "samples.jsonl".length()) + "graded.jsonl"
                : name.replaceFirst("\\.jsonl$", "") + "-graded.jsonl";
    }
}
