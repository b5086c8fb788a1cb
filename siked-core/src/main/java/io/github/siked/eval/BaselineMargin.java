package io.github.siked.eval;

/**
 * "Beat baseline X on dataset D by δ": the accuracy gate requires our accuracy on {@code dataset}
 * to be at least the baseline's plus {@code delta}. A negative delta means "within": -0.02 accepts
 * up to two points below the baseline. Written in a pom as {@code <baselineMargins><baselineMargin>
 * <baseline>combined</baseline><dataset>gsm8k-test</dataset><delta>0.02</delta>
 * </baselineMargin></baselineMargins>}.
 *
 * @param baseline the baseline's name, as the experiment runs it (for instance {@code combined})
 * @param dataset the dataset both were evaluated on
 * @param delta the required lead, a fraction in [-1, 1] (0.02 is two points)
 */
public record BaselineMargin(String baseline, String dataset, double delta) {

    public BaselineMargin {
        if (baseline == null || baseline.isBlank()) {
            throw new IllegalArgumentException(
                    "<baselineMargins> <baseline> is missing: name a baseline the experiment runs, for instance combined");
        }
        if (dataset == null || dataset.isBlank()) {
            throw new IllegalArgumentException("<baselineMargins> <dataset> for baseline " + baseline
                    + " is missing: name a dataset both were evaluated on, for instance gsm8k-test");
        }
        if (!(delta >= -1 && delta <= 1)) {
            throw new IllegalArgumentException("<baselineMargins> <delta> for baseline " + baseline + " on " + dataset
                    + " must be a fraction between -1 and 1 (0.02 means two points); was " + delta);
        }
    }
}
