package io.github.siked.maven;

import io.github.siked.eval.Threshold;

/**
 * One entry of an experiment's {@code <thresholds>}: {@code <threshold><dataset>synthetic:test</dataset>
 * <minAccuracy>0.5</minAccuracy></threshold>} fails the build when the method's mean test accuracy
 * on that dataset is below 0.5.
 */
public class ThresholdSetting {

    /** A dataset of {@code <testDatasets>}. */
    String dataset;
    /** The least accuracy, a fraction from 0 to 1. */
    double minAccuracy;

    Threshold toThreshold() {
        return new Threshold(dataset, minAccuracy);
    }
}
