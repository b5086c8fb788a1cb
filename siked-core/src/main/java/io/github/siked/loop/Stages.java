package io.github.siked.loop;

import io.github.siked.data.DatasetResolver;
import io.github.siked.eval.DatasetEval;
import io.github.siked.evaluate.GradedSampling;
import io.github.siked.evaluate.SampleFiles;
import io.github.siked.event.EventListener;
import io.github.siked.mix.MixStage;
import io.github.siked.mix.MixStageConfig;
import io.github.siked.mix.MixSummary;
import io.github.siked.record.GradedSample;
import io.github.siked.sample.SampleStageConfig;
import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.stage.StageRunner;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.StudentEngine;
import io.github.siked.teacher.GenerateTeacherStage;
import io.github.siked.teacher.GenerateTeacherStageConfig;
import io.github.siked.teacher.backend.TeacherBackend;
import io.github.siked.teacher.prompt.PromptRenderer;
import io.github.siked.train.TrainStage;
import io.github.siked.train.TrainStageConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The stages one experiment runs, with what they share (datasets, the engine, the sandbox, the
 * listener): the loop calls these and never builds a stage itself. Every stage skips itself when
 * its manifest matches, so a rerun or a resumed build redoes only what changed or was cut short.
 */
final class Stages {

    private final DatasetResolver datasets;
    private final StudentEngine engine;
    private final EventListener listener;
    private final StageRunner runner;
    private final GradedSampling sampling;

    Stages(DatasetResolver datasets, StudentEngine engine, SandboxConfig sandbox, EventListener listener) {
        this.datasets = datasets;
        this.engine = engine;
        this.listener = listener;
        this.runner = new StageRunner(listener);
        this.sampling = new GradedSampling(datasets, engine, sandbox, listener);
    }

    /** Generates the teacher data of one run seed; returns D_LLM. */
    Path teacher(GenerateTeacherStageConfig config, TeacherBackend backend, PromptRenderer prompts) throws IOException {
        runner.run(new GenerateTeacherStage(config, datasets, backend, prompts, listener));
        return config.dataFile();
    }

    MixSummary mix(MixStageConfig config) throws IOException {
        return runner.run(new MixStage(config, listener)).result();
    }

    /** Trains, or finds the student already trained; returns the optimizer steps it took. */
    long train(TrainStageConfig config) throws IOException {
        return runner.run(new TrainStage(config, datasets, engine, listener))
                .result()
                .steps();
    }

    /** Draws samples and grades them against the dataset; returns the graded file. */
    Path sampleAndGrade(SampleStageConfig config, Path graded) throws IOException {
        return sampling.sampleAndGrade(config, graded);
    }

    /** Greedy decoding with the strategy left to the student, graded and scored. */
    DatasetEval evaluate(Path student, String dataset, int limit, int iteration, SampleConfig greedy, SampleFiles files)
            throws IOException {
        return sampling.greedy(student, dataset, limit, iteration, greedy, files);
    }

    /** Every graded sample of a file the verify stage wrote. */
    static List<GradedSample> read(Path graded) {
        return GradedSampling.read(graded);
    }
}
