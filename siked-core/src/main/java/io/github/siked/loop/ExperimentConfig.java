package io.github.siked.loop;

import io.github.siked.eval.BaselineMargin;
import io.github.siked.eval.Threshold;
import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.TrainConfig;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One experiment, as its pom configures it (docs/method.md, "Loop"). Checked
 * here; every message names the pom element and the bad value.
 *
 * @param experiment the experiment's name: its folder under {@code results/}
 * @param workDir the stages' root, {@code target/siked}
 * @param resultsDir the {@code results/} folder the tables and plots go to
 * @param trainDataset the training problems ({@code <trainDataset>})
 * @param trainLimit only the first N training problems, 0 for all
 * @param validationDataset problems held out from training that pick the best iteration
 * @param validationLimit only the first N validation problems, 0 for all
 * @param testDatasets the test sets, in and out of distribution; never the training set
 * @param testLimit only the first N problems of each test set, 0 for all
 * @param strategies the strategies taught
 * @param start the base student: a Hugging Face folder, or a folder with only {@code config.json}
 * @param train how iteration 0 trains, and every iteration that restarts from the base model (its
 *     seed is replaced by one derived per run and iteration)
 * @param iterationTrain how iterations 1..N train when they continue from the previous student
 *     (a tiny from-scratch student needs many epochs once, then fewer to take in the new data)
 * @param selfSampling how iterations sample the student (SIKeD: k=10, temperature 0.7, top-p 0.95)
 * @param forcedSampling whether self-sampling forces each strategy by pre-filling its tag (SIKeD),
 *     or lets the student choose
 * @param greedy the decoding of validation and test evaluation (greedy; new-token cap, batch size)
 * @param evaluationSamples k for maj@k, pass@k and Mixed Distillation's multi-path vote on the test
 *     sets (sampled with {@code selfSampling}'s temperature), 0 for none
 * @param method the method the experiment is about
 * @param compare the methods it is compared with
 * @param seeds the run seeds: each method runs once per seed; the first is the reported run
 * @param stop when iterations stop
 * @param evaluateEveryIteration whether every iteration's student is also scored on the test sets
 *     (for the accuracy-per-iteration plot; the best iteration is still chosen on validation)
 * @param thresholds minimum accuracies that fail the build when missed
 * @param margins "beat method X by delta" checks that fail the build when missed
 * @param sandbox how programs are run when grading
 */
public record ExperimentConfig(
        String experiment,
        Path workDir,
        Path resultsDir,
        String trainDataset,
        int trainLimit,
        String validationDataset,
        int validationLimit,
        List<String> testDatasets,
        int testLimit,
        List<Strategy> strategies,
        Path start,
        TrainConfig train,
        TrainConfig iterationTrain,
        SampleConfig selfSampling,
        boolean forcedSampling,
        SampleConfig greedy,
        int evaluationSamples,
        Method method,
        List<Method> compare,
        List<Long> seeds,
        StopRule stop,
        boolean evaluateEveryIteration,
        List<Threshold> thresholds,
        List<BaselineMargin> margins,
        SandboxConfig sandbox) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public ExperimentConfig {
        if (experiment == null || !NAME.matcher(experiment).matches()) {
            throw new IllegalArgumentException("<experiment> is '" + experiment
                    + "': give a folder name (letters, digits, '.', '_', '-'), for instance quickstart");
        }
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(resultsDir, "resultsDir");
        Objects.requireNonNull(start, "<student><start>: name the base student's folder");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(iterationTrain, "iterationTrain");
        Objects.requireNonNull(selfSampling, "selfSampling");
        Objects.requireNonNull(greedy, "greedy");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(sandbox, "sandbox");
        testDatasets = List.copyOf(testDatasets);
        strategies = List.copyOf(strategies);
        compare = List.copyOf(compare);
        seeds = List.copyOf(seeds);
        thresholds = List.copyOf(thresholds);
        margins = List.copyOf(margins);
        requireName("<trainDataset>", trainDataset);
        requireName("<validationDataset>", validationDataset);
        nonNegative("<trainLimit>", trainLimit);
        nonNegative("<validationLimit>", validationLimit);
        nonNegative("<testLimit>", testLimit);
        if (validationDataset.equals(trainDataset)) {
            throw new IllegalArgumentException("<validationDataset> is " + validationDataset
                    + ", the training set: hold validation problems out of training (synthetic:validation, say)");
        }
        if (testDatasets.isEmpty()) {
            throw new IllegalArgumentException(
                    "<testDatasets> is empty: name at least one test set, for instance synthetic:test");
        }
        for (String test : testDatasets) {
            requireName("<testDatasets>", test);
            if (test.equals(trainDataset)) {
                throw new IllegalArgumentException("<testDatasets> lists " + test
                        + ", which is the <trainDataset>: a test set must not be the training set");
            }
            if (test.equals(validationDataset)) {
                throw new IllegalArgumentException("<testDatasets> lists " + test
                        + ", which is the <validationDataset>: the best iteration would then be chosen on a test set");
            }
        }
        distinct("<testDatasets>", testDatasets);
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("<strategies> is empty: name at least one of " + Strategy.allIds());
        }
        distinct("<strategies>", strategies);
        if (selfSampling.greedyDecoding() && method.samplesStudent()) {
            throw new IllegalArgumentException(
                    "<selfSampling><temperature> is 0: self-sampling needs a temperature above 0"
                            + " (SIKeD samples at 0.7) to draw different solutions");
        }
        if (!greedy.greedyDecoding()) {
            throw new IllegalArgumentException("evaluation decodes greedily: its temperature must be 0, was "
                    + greedy.decoding().temperature());
        }
        if (evaluationSamples < 0 || evaluationSamples > 1000) {
            throw new IllegalArgumentException(
                    "<evaluationSamples> is " + evaluationSamples + ": give 0 (none) to 1000");
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("<seeds> is empty: give at least one seed");
        }
        distinct("<seeds>", seeds);
        Set<String> names = new HashSet<>(List.of(method.name()));
        for (Method m : compare) {
            if (!names.add(m.name())) {
                throw new IllegalArgumentException(
                        "<compare> lists " + m.name() + " twice, or the experiment's own <method>");
            }
        }
        for (Threshold t : thresholds) {
            if (!testDatasets.contains(t.dataset())) {
                throw new IllegalArgumentException("<thresholds> names dataset " + t.dataset()
                        + ", which is not in <testDatasets> " + testDatasets);
            }
        }
        for (BaselineMargin m : margins) {
            if (compare.stream().noneMatch(c -> c.name().equals(m.baseline()))) {
                throw new IllegalArgumentException("<baselineMargins> names method " + m.baseline()
                        + ", which is not in <compare>: add it there so it runs");
            }
            if (!testDatasets.contains(m.dataset())) {
                throw new IllegalArgumentException(
                        "<baselineMargins> names dataset " + m.dataset() + ", which is not in <testDatasets>");
            }
        }
    }

    /** The experiment's method, then the compared ones, in order. */
    public List<Method> methods() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(method), compare.stream())
                .toList();
    }

    private static void requireName(String element, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    element + " is empty: name a dataset, for instance synthetic:test or gsm8k-test");
        }
    }

    private static void nonNegative(String element, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(element + " is " + value + ": give 0 (all problems) or more");
        }
    }

    private static void distinct(String element, List<?> values) {
        if (new HashSet<>(values).size() != values.size()) {
            throw new IllegalArgumentException(element + " lists a value twice: " + values);
        }
    }
}
