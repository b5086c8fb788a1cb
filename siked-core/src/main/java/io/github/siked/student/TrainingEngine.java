package io.github.siked.student;

import java.util.Map;

/**
 * The side of a student engine that trains: DJL's in {@code siked-djl}. An engine provider builds
 * it from the shared engine settings ({@code io.github.siked.engine.EngineProvider}); the train
 * stage records its {@link #name()} and {@link #settings()} in its manifest.
 */
public interface TrainingEngine {

    /** A short name for logs and manifests, for instance {@code djl-pytorch}. */
    String name();

    /**
     * The settings that can change what training computes, resolved on this machine: for DJL's,
     * the device it will run on ({@code cpu}, {@code gpu(0)}), the arithmetic and the libtorch
     * version and build. The train stage records them, so a changed device or precision re-runs it
     * instead of skipping it as up to date. Settings that change only speed or logging (threads,
     * checkpoint and log intervals) stay out, or changing them would redo finished work.
     *
     * @return key-value pairs, empty for an engine with no such settings
     */
    Map<String, String> settings();

    /** A trainer. */
    StudentTrainer trainer();
}
