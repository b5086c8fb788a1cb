package io.github.siked.loop;

import io.github.siked.eval.BaselineMargin;
import io.github.siked.eval.Threshold;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One experiment, as its pom configures it (docs/method.md, "Loop"), grouped by concern. Each
 * group checks itself; the checks across groups are here. Every message names the pom element and
 * the bad value.
 *
 * @param experiment the experiment's name: its folder under {@code results/}
 * @param workspace where stages and results go, and how programs are run
 * @param datasets the training, validation and test problems
 * @param training the strategies taught, the base student and how it trains
 * @param selfSampling how iterations sample the student
 * @param evaluation how students are scored, and what the reported scores must meet
 * @param methods the methods run, their seeds and when their iterations stop
 */
public record ExperimentConfig(
        String experiment,
        Workspace workspace,
        ExperimentDatasets datasets,
        Training training,
        SelfSampling selfSampling,
        EvaluationPlan evaluation,
        ExperimentMethods methods) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public ExperimentConfig {
        if (experiment == null || !NAME.matcher(experiment).matches()) {
            throw new IllegalArgumentException("<experiment> is '" + experiment
                    + "': give a folder name (letters, digits, '.', '_', '-'), for instance quickstart");
        }
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(datasets, "datasets");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(selfSampling, "selfSampling");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(methods, "methods");
        if (selfSampling.sampling().greedyDecoding() && methods.method().samplesStudent()) {
            throw new IllegalArgumentException(
                    "<selfSampling><temperature> is 0: self-sampling needs a temperature above 0"
                            + " (SIKeD samples at 0.7) to draw different solutions");
        }
        for (Threshold t : evaluation.gate().thresholds()) {
            if (!datasets.tests().contains(t.dataset())) {
                throw new IllegalArgumentException("<thresholds> names dataset " + t.dataset()
                        + ", which is not in <testDatasets> " + datasets.tests());
            }
        }
        for (BaselineMargin m : evaluation.gate().margins()) {
            if (methods.compare().stream().noneMatch(c -> c.name().equals(m.baseline()))) {
                throw new IllegalArgumentException("<baselineMargins> names method " + m.baseline()
                        + ", which is not in <compare>: add it there so it runs");
            }
            if (!datasets.tests().contains(m.dataset())) {
                throw new IllegalArgumentException(
                        "<baselineMargins> names dataset " + m.dataset() + ", which is not in <testDatasets>");
            }
        }
    }
}
