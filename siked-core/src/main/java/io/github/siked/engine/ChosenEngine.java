package io.github.siked.engine;

import io.github.siked.student.SamplingEngine;
import io.github.siked.student.StudentEngine;
import io.github.siked.student.StudentSampler;
import io.github.siked.student.StudentTrainer;
import io.github.siked.student.TrainingEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The student engine the loop receives: the chosen training side and sampling side. When both come
 * from one engine (the same name), it is that engine: its name and settings, as recorded in the
 * manifests. Otherwise the name joins both ({@code command+openai}) and the settings carry each
 * side's under {@code trainer.} and {@code sampler.}; a stage that runs one side records that side's
 * own through {@link #training()} or {@link #sampling()}.
 */
public record ChosenEngine(TrainingEngine training, SamplingEngine sampling) implements StudentEngine {

    @Override
    public String name() {
        return oneEngine() ? training.name() : training.name() + "+" + sampling.name();
    }

    @Override
    public Map<String, String> settings() {
        if (oneEngine()) {
            return training.settings();
        }
        Map<String, String> both = new TreeMap<>();
        training.settings().forEach((key, value) -> both.put("trainer." + key, value));
        sampling.settings().forEach((key, value) -> both.put("sampler." + key, value));
        return both;
    }

    @Override
    public StudentTrainer trainer() {
        return training.trainer();
    }

    @Override
    public StudentSampler sampler(Path modelDir, int iteration) throws IOException {
        return sampling.sampler(modelDir, iteration);
    }

    private boolean oneEngine() {
        return training.name().equals(sampling.name());
    }
}
