package io.github.siked.djl;

import io.github.siked.engine.EngineProvider;
import io.github.siked.engine.EngineSettings;
import io.github.siked.student.SamplingEngine;
import io.github.siked.student.TrainingEngine;
import java.util.Optional;

/**
 * DJL's PyTorch engine under the name {@code djl} ({@code siked.engine=djl}, the default), found by
 * {@link java.util.ServiceLoader} through {@code META-INF/services/io.github.siked.engine.EngineProvider}.
 * It trains and samples.
 */
public final class DjlEngineProvider implements EngineProvider {

    @Override
    public String name() {
        return EngineSettings.DEFAULT_ENGINE;
    }

    @Override
    public Optional<TrainingEngine> training(EngineSettings settings) {
        return Optional.of(new DjlStudentEngine(DjlOptions.from(settings)));
    }

    @Override
    public Optional<SamplingEngine> sampling(EngineSettings settings) {
        return Optional.of(new DjlStudentEngine(DjlOptions.from(settings)));
    }
}
