package io.github.siked.student;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The side of a student engine that samples: DJL's in {@code siked-djl}. An engine provider builds
 * it from the shared engine settings ({@code io.github.siked.engine.EngineProvider}); the sample
 * stage records its {@link #name()} and {@link #settings()} in its manifest.
 */
public interface SamplingEngine {

    /** A short name for logs and manifests, for instance {@code djl-pytorch}. */
    String name();

    /**
     * The settings that can change what sampling computes, resolved on this machine (for DJL's the
     * device, the precision, libtorch's version and build), recorded in the sample stage's manifest;
     * see {@link TrainingEngine#settings()}.
     *
     * @return key-value pairs, empty for an engine with no such settings
     */
    Map<String, String> settings();

    /**
     * Opens a trained student for sampling.
     *
     * @param modelDir a directory a {@link StudentTrainer} wrote, or a Hugging Face model directory
     * @param iteration the distillation iteration written into each sample record
     * @throws IllegalArgumentException when the folder is not a student the engine can open, saying why
     * @throws IOException when the model cannot be read
     */
    StudentSampler sampler(Path modelDir, int iteration) throws IOException;
}
