package io.github.siked.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One method's test accuracy on each test set (in an experiment, the mean over its run seeds): what
 * the gate compares with thresholds and with baselines.
 *
 * @param method the method's name, for instance {@code siked} or {@code combined}
 * @param byDataset the accuracy, a fraction, by test set name
 */
public record MethodAccuracy(String method, Map<String, Double> byDataset) {

    public MethodAccuracy {
        Objects.requireNonNull(method, "method");
        byDataset = Collections.unmodifiableMap(new LinkedHashMap<>(byDataset));
    }

    /** The accuracy on one test set; empty when it was not evaluated. */
    public Optional<Double> on(String dataset) {
        return Optional.ofNullable(byDataset.get(dataset));
    }
}
