package io.github.siked.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
 * Everything {@code results/<experiment>/metrics.json} holds (DESIGN.md "Results"): who taught
 * whom by which method, each iteration of the loop (SIKeD, arXiv 2410.18574), the test scores of
 * the iteration chosen on validation, and the comparison with baselines across seeds.
 *
 * @param experiment the experiment's name, also its folder under {@code results/}
 * @param student the student model, for instance {@code google/gemma-2b}
 * @param teacher the teacher model, for instance {@code meta-llama/Meta-Llama-3-70B-Instruct}
 * @param method the method and its mixing, for instance {@code SIKeD adaptive}
 * @param seed the experiment's base seed
 * @param bestIteration the iteration with the best validation accuracy: the one {@code test} scores
 * @param iterations every iteration run, in order
 * @param test dataset name to the best iteration's scores on it
 * @param comparison baselines and variants across seeds; may be empty
 */
@JsonPropertyOrder({
    "experiment",
    "student",
    "teacher",
    "method",
    "seed",
    "bestIteration",
    "iterations",
    "test",
    "comparison"
})
public record ExperimentMetrics(
        @JsonProperty(required = true) String experiment,
        @JsonProperty(required = true) String student,
        @JsonProperty(required = true) String teacher,
        @JsonProperty(required = true) String method,
        @JsonProperty(required = true) long seed,
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
        Checks.name(student, "student");
        Checks.name(teacher, "teacher");
        Checks.name(method, "method");
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
