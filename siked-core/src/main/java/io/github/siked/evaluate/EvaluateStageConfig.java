package io.github.siked.evaluate;

import io.github.siked.student.SampleConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Which student the evaluate stage scores, on which test sets, and where it writes.
 *
 * @param student the student's folder
 * @param datasets the test sets ({@code siked.test.datasets})
 * @param limit only the first N problems of each, 0 for all ({@code siked.test.limit})
 * @param greedy the decoding settings (temperature 0)
 * @param dir where samples, grades and {@code evaluation.json} go
 */
public record EvaluateStageConfig(Path student, List<String> datasets, int limit, SampleConfig greedy, Path dir) {

    public EvaluateStageConfig {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(dir, "dir");
        datasets = List.copyOf(datasets);
        if (datasets.isEmpty()) {
            throw new IllegalArgumentException("siked.test.datasets is empty: name at least one test set");
        }
        if (!greedy.greedyDecoding()) {
            throw new IllegalArgumentException("evaluation decodes greedily: its temperature must be 0");
        }
    }
}
