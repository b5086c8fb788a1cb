package io.github.siked.student;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * An implementation of the student: DJL's in {@code siked-djl}. The core names no engine; the
 * plugin finds one with {@link java.util.ServiceLoader} (a {@code
 * META-INF/services/io.github.siked.student.StudentEngine} entry in the engine's jar).
 */
public interface StudentEngine {

    /** A short name for logs and manifests, for instance {@code djl-pytorch}. */
    String name();

    /**
     * The engine's own settings that can change what training or sampling computes, resolved on
     * this machine: for DJL's, the device it will run on ({@code cpu}, {@code gpu(0)}), the training
     * arithmetic and the libtorch version and build. They live outside {@link TrainConfig} and
     * {@link SampleConfig} (system properties, for the ServiceLoader), so the train and sample stages
     * record them in their manifests: a changed device or precision then re-runs the stage instead
     * of skipping it as up to date. Settings that change only speed or logging (threads, checkpoint
     * and log intervals) stay out, or changing them would redo finished work.
     *
     * @return key-value pairs, empty for an engine with no such settings
     * @throws IllegalArgumentException when a setting is invalid, with the message a trainer or
     *     sampler would give
     */
    default Map<String, String> settings() {
        return Map.of();
    }

    /** A trainer. */
    StudentTrainer trainer();

    /**
     * Opens a trained student for sampling.
     *
     * @param modelDir a directory a {@link StudentTrainer} wrote, or a Hugging Face model directory
     * @param iteration the distillation iteration written into each sample record
     * @throws IOException when the model cannot be read
     */
    StudentSampler sampler(Path modelDir, int iteration) throws IOException;
}
