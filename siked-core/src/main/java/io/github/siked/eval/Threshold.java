package io.github.siked.eval;

/**
 * A minimum accuracy the accuracy gate requires on one dataset: the build fails below it. Written
 * in a pom as {@code <thresholds><threshold><dataset>gsm8k-test</dataset>
 * <minAccuracy>0.45</minAccuracy></threshold></thresholds>}.
 *
 * @param dataset the evaluated dataset's name, for instance {@code gsm8k-test} or {@code synthetic:test}
 * @param minAccuracy the least accuracy that passes, a fraction in [0, 1]
 */
public record Threshold(String dataset, double minAccuracy) {

    public Threshold {
        if (dataset == null || dataset.isBlank()) {
            throw new IllegalArgumentException(
                    "<thresholds> <dataset> is missing: name an evaluated dataset, for instance gsm8k-test");
        }
        if (!(minAccuracy >= 0 && minAccuracy <= 1)) {
            throw new IllegalArgumentException("<thresholds> <minAccuracy> for " + dataset
                    + " must be a fraction between 0 and 1 (0.45 means 45 %); was " + minAccuracy);
        }
    }
}
