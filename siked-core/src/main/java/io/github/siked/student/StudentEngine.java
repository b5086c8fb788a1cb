package io.github.siked.student;

import java.util.Map;

/**
 * The student as the loop sees it: a side that trains and a side that samples. The engine
 * providers on the class path build them, chosen by name ({@code io.github.siked.engine}); today
 * DJL's engine in {@code siked-djl} is both. The stages call {@link #name()}, {@link #settings()},
 * {@link #trainer()} and {@link #sampler}; {@link #training()} and {@link #sampling()} give each
 * side on its own, for an engine whose trainer and sampler come from different providers.
 */
public interface StudentEngine extends TrainingEngine, SamplingEngine {

    /** Empty: an engine whose numbers depend on nothing but the core's configuration. */
    @Override
    default Map<String, String> settings() {
        return Map.of();
    }

    /** The side that trains: this engine itself unless it was composed of two. */
    default TrainingEngine training() {
        return this;
    }

    /** The side that samples: this engine itself unless it was composed of two. */
    default SamplingEngine sampling() {
        return this;
    }
}
