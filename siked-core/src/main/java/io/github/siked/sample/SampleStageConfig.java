package io.github.siked.sample;

import io.github.siked.stage.SiblingFile;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.SampleConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the sample stage draws, from which student, and where it writes.
 *
 * @param model the student's folder
 * @param dataset the problems to answer
 * @param limit only the first {@code limit} problems, or 0 for all
 * @param forced the strategies to force, one pass each; empty for one pass where the student chooses
 * @param iteration the distillation iteration written into each record
 * @param output the samples file; its manifest goes beside it
 * @param sample the sampling settings
 */
public record SampleStageConfig(
        Path model, String dataset, int limit, List<Strategy> forced, int iteration, Path output, SampleConfig sample) {

    public SampleStageConfig {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(sample, "sample");
        forced = List.copyOf(forced);
        if (limit < 0) {
            throw new IllegalArgumentException("siked.sample.limit must be 0 (all problems) or more; was " + limit);
        }
    }

    /** {@code samples.manifest.json} beside {@code samples.jsonl}. */
    public Path manifestFile() {
        return SiblingFile.of(output, ".manifest.json");
    }
}
