package io.github.siked.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything {@code results/<experiment>/metrics.json} holds (docs/contracts.md, "Results"): who
 * taught whom by which method, each iteration of the loop (SIKeD, arXiv 2410.18574), the test
 * scores of the iteration chosen on validation, and the comparison with baselines across seeds.
 *
 * @param experiment the experiment's name, also its folder under {@code results/}
 * @param setup the student, the teacher, the method and the seed of the reported run; in JSON its
 *     fields stand in this object, after {@code experiment}
 * @param bestIteration the iteration with the best validation accuracy: the one {@code test} scores
 * @param iterations every iteration run, in order
 * @param test dataset name to the best iteration's scores on it
 * @param comparison baselines and variants across seeds; may be empty
 */
@JsonPropertyOrder({"experiment", "setup", "bestIteration", "iterations", "test", "comparison"})
public record ExperimentMetrics(
        @JsonProperty(required = true) String experiment,
        @JsonUnwrapped RunSetup setup,
        @JsonProperty(required = true) int bestIteration,
        @JsonProperty(required = true) List<IterationMetrics> iterations,
        @JsonProperty(required = true) Map<String, TestMetrics> test,
        List<VariantResult> comparison) {

    /** A name that is one safe folder on every file system and needs no escaping in a Markdown link. */
    private static final Pattern FOLDER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public ExperimentMetrics {
        Checks.name(experiment, "experiment");
        if (!FOLDER_NAME.matcher(experiment).matches()) {
            throw new IllegalArgumentException("experiment '" + experiment
                    + "' is not a folder name: use letters, digits, '.', '_' and '-', starting with a letter or digit");
        }
        Objects.requireNonNull(setup, "setup");
        iterations = inOrder(iterations);
        if (iterations.stream().noneMatch(i -> i.iteration() == bestIteration)) {
            throw new IllegalArgumentException("bestIteration is " + bestIteration + " but the iterations are "
                    + iterations.stream().map(IterationMetrics::iteration).toList()
                    + ": name the iteration with the best validation accuracy");
        }
        test = MetricKeys.sorted(test, "test");
        comparison = List.copyOf(Objects.requireNonNullElse(comparison, List.of()));
        Set<String> variants = new HashSet<>();
        for (VariantResult row : comparison) {
            if (!variants.add(row.variant())) {
                throw new IllegalArgumentException(
                        "comparison lists variant '" + row.variant() + "' twice: merge its seeds into one row");
            }
        }
    }

    /** Reads a {@code metrics.json}; see {@link MetricsJson#read(Path)}. */
    public static ExperimentMetrics read(Path metricsJson) {
        return MetricsJson.read(metricsJson);
    }

    /** The best iteration's record. */
    public IterationMetrics best() {
        return iterations.stream()
                .filter(i -> i.iteration() == bestIteration)
                .findFirst()
                .orElseThrow();
    }

    // Sorted by number so that the same iterations give the same file in whatever order they were collected.
    private static List<IterationMetrics> inOrder(List<IterationMetrics> iterations) {
        List<IterationMetrics> sorted = new ArrayList<>(Objects.requireNonNull(iterations, "iterations"));
        sorted.sort(Comparator.comparingInt(IterationMetrics::iteration));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).iteration() == sorted.get(i - 1).iteration()) {
                throw new IllegalArgumentException("iterations holds iteration "
                        + sorted.get(i).iteration() + " twice: keep one record per iteration");
            }
        }
        return List.copyOf(sorted);
    }
}
