package io.github.siked.loop;

import java.util.HashSet;
import java.util.List;

/**
 * The problems an experiment trains, validates and tests on (docs/contracts.md, "Dataset names").
 * Checked here; every message names the pom element and the bad value.
 *
 * @param train the training problems ({@code <trainDataset>})
 * @param trainLimit only the first N training problems, 0 for all ({@code <trainLimit>})
 * @param validation problems held out from training that pick the best iteration ({@code
 *     <validationDataset>})
 * @param validationLimit only the first N validation problems, 0 for all
 * @param tests the test sets, in and out of distribution; never the training set ({@code
 *     <testDatasets>})
 * @param testLimit only the first N problems of each test set, 0 for all
 */
public record ExperimentDatasets(
        String train, int trainLimit, String validation, int validationLimit, List<String> tests, int testLimit) {

    public ExperimentDatasets {
        tests = List.copyOf(tests);
        requireName("<trainDataset>", train);
        requireName("<validationDataset>", validation);
        nonNegative("<trainLimit>", trainLimit);
        nonNegative("<validationLimit>", validationLimit);
        nonNegative("<testLimit>", testLimit);
        if (validation.equals(train)) {
            throw new IllegalArgumentException("<validationDataset> is " + validation
                    + ", the training set: hold validation problems out of training (synthetic:validation, say)");
        }
        if (tests.isEmpty()) {
            throw new IllegalArgumentException(
                    "<testDatasets> is empty: name at least one test set, for instance synthetic:test");
        }
        for (String test : tests) {
            requireName("<testDatasets>", test);
            if (test.equals(train)) {
                throw new IllegalArgumentException("<testDatasets> lists " + test
                        + ", which is the <trainDataset>: a test set must not be the training set");
            }
            if (test.equals(validation)) {
                throw new IllegalArgumentException("<testDatasets> lists " + test
                        + ", which is the <validationDataset>: the best iteration would then be chosen on a test set");
            }
        }
        if (new HashSet<>(tests).size() != tests.size()) {
            throw new IllegalArgumentException("<testDatasets> lists a value twice: " + tests);
        }
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
}
