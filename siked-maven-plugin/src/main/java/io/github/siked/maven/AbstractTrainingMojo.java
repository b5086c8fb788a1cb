package io.github.siked.maven;

import io.github.siked.engine.EngineSettings;
import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of the goals that train the student ({@code experiment}, {@code train}): the
 * student's start, its training problems and template, and how training checkpoints and logs.
 */
abstract class AbstractTrainingMojo extends AbstractStudentMojo {

    /**
     * The model to start from: a Hugging Face folder, or a folder with only {@code config.json} to
     * train from scratch. Required.
     */
    @Parameter(property = "siked.student.start", required = true)
    File start;

    /**
     * The training problems: the teacher answers them and the training samples' ids come from them.
     * Default: {@code synthetic:train}, the embedded default's.
     */
    @Parameter(property = "siked.train.dataset", defaultValue = "synthetic:train")
    String trainDataset;

    /**
     * A folder of prompt files with the student's template ({@code student.json}) and Mixed
     * Distillation's task prefixes ({@code md-tasks.json}). Default: the bundled ones.
     */
    @Parameter(property = "siked.prompts")
    File prompts;

    /**
     * Optimizer steps between checkpoints of the weights and optimizer state, for example 500; a
     * killed build resumes from the last one and loses at most this many steps. 0 writes none.
     * Default: 200.
     */
    @Parameter(property = EngineSettings.CHECKPOINT_EVERY, defaultValue = "200")
    String checkpointEvery;

    /**
     * Optimizer steps between progress lines (step, loss, learning rate, tokens/s, elapsed, time
     * left), for example 1 to see every step. Default: 10.
     */
    @Parameter(property = EngineSettings.LOG_EVERY, defaultValue = "10")
    String logEvery;

    @Override
    EngineSettings.Builder engineSettings() {
        return super.engineSettings().optCheckpointEvery(checkpointEvery).optLogEvery(logEvery);
    }
}
