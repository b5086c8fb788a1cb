package io.github.siked.loop;

import io.github.siked.eval.GateResult;
import io.github.siked.report.ExperimentMetrics;
import java.nio.file.Path;

/**
 * What an experiment produced: its metrics (also written under {@code results/}), the accuracy
 * gate's verdict, and where the gate's JUnit report is.
 */
public record ExperimentResult(ExperimentMetrics metrics, GateResult gate, Path junitReport) {}
