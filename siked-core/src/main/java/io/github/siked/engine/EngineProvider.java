package io.github.siked.engine;

import io.github.siked.student.SamplingEngine;
import io.github.siked.student.TrainingEngine;
import java.util.Optional;

/**
 * Builds a student engine from the shared {@link EngineSettings}; found by {@link
 * java.util.ServiceLoader} through a {@code META-INF/services/io.github.siked.engine.EngineProvider}
 * entry in the engine's jar, and chosen by its {@link #name()} ({@code siked.engine}). A provider
 * may offer only one side: one that drives an external training command trains, one that calls an
 * inference server samples; {@link EngineCatalog} composes the chosen trainer and sampler.
 */
public interface EngineProvider {

    /** The name users choose it by, for instance {@code djl}. */
    String name();

    /**
     * The side that trains, built with {@code settings}.
     *
     * @return empty when this provider does not train
     * @throws IllegalArgumentException for a setting this engine cannot honour, naming its property
     */
    Optional<TrainingEngine> training(EngineSettings settings);

    /**
     * The side that samples, built with {@code settings}.
     *
     * @return empty when this provider does not sample
     * @throws IllegalArgumentException for a setting this engine cannot honour, naming its property
     */
    Optional<SamplingEngine> sampling(EngineSettings settings);
}
