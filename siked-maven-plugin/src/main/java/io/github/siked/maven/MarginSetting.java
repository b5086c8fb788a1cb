package io.github.siked.maven;

import io.github.siked.eval.BaselineMargin;

/**
 * One entry of an experiment's {@code <baselineMargins>}: {@code <baselineMargin><baseline>combined</baseline>
 * <dataset>synthetic:test</dataset><delta>0.01</delta></baselineMargin>} fails the build unless the method
 * beats the {@code combined} baseline's mean test accuracy by at least one point.
 */
public class MarginSetting {

    /** A method of {@code <compare>}. */
    String baseline;
    /** A dataset of {@code <testDatasets>}. */
    String dataset;
    /** The least lead, as a fraction; negative to mean "at most this far behind". */
    double delta;

    BaselineMargin toMargin() {
        return new BaselineMargin(baseline, dataset, delta);
    }
}
