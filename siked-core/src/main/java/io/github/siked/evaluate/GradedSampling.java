package io.github.siked.evaluate;

import io.github.siked.data.DatasetResolver;
import io.github.siked.eval.DatasetEval;
import io.github.siked.eval.GreedyEval;
import io.github.siked.event.EventListener;
import io.github.siked.record.GradedSample;
import io.github.siked.record.JsonlReader;
import io.github.siked.sample.SampleStage;
import io.github.siked.sample.SampleStageConfig;
import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.stage.StageRunner;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.StudentEngine;
import io.github.siked.verify.VerifyStage;
import io.github.siked.verify.VerifyStageConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples a student and grades what it wrote: the sample stage, then the verify stage on its
 * output. Both skip themselves when their manifests match, so scoring a student again only reads.
 */
public final class GradedSampling {

    private final DatasetResolver datasets;
    private final StudentEngine engine;
    private final SandboxConfig sandbox;
    private final EventListener listener;
    private final StageRunner runner;

    public GradedSampling(
            DatasetResolver datasets, StudentEngine engine, SandboxConfig sandbox, EventListener listener) {
        this.datasets = datasets;
        this.engine = engine;
        this.sandbox = sandbox;
        this.listener = listener;
        this.runner = new StageRunner(listener);
    }

    /** Draws the samples {@code config} asks for and grades them into {@code graded}; returns {@code graded}. */
    public Path sampleAndGrade(SampleStageConfig config, Path graded) throws IOException {
        runner.run(new SampleStage(config, datasets, engine, listener));
        VerifyStageConfig grading =
                new VerifyStageConfig(config.output(), config.dataset(), null, false, graded, sandbox);
        runner.run(new VerifyStage(grading, datasets, listener));
        return graded;
    }

    /**
     * Greedy decoding with the strategy left to the student, graded and scored.
     *
     * @param limit only the first N problems, 0 for all
     * @param iteration the distillation iteration written into each sample
     * @param greedy the decoding settings (temperature 0)
     */
    public DatasetEval greedy(
            Path student, String dataset, int limit, int iteration, SampleConfig greedy, SampleFiles files)
            throws IOException {
        SampleStageConfig config =
                new SampleStageConfig(student, dataset, limit, List.of(), iteration, files.samples(), greedy);
        return GreedyEval.of(dataset, read(sampleAndGrade(config, files.graded())));
    }

    /** Every graded sample of a file the verify stage wrote. */
    public static List<GradedSample> read(Path graded) {
        List<GradedSample> all = new ArrayList<>();
        try (JsonlReader<GradedSample> in = JsonlReader.open(graded, GradedSample.class)) {
            while (in.hasNext()) {
                all.add(in.next());
            }
        }
        return all;
    }
}
