package io.github.siked.evaluate;

import io.github.siked.eval.DatasetEval;
import io.github.siked.eval.Gate;
import io.github.siked.eval.GateResult;
import io.github.siked.eval.JunitReport;
import io.github.siked.eval.MethodAccuracy;
import io.github.siked.eval.Threshold;
import io.github.siked.event.EventListener;
import io.github.siked.stage.StageRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code siked:evaluate} as a whole: the evaluate stage, then its scores checked against minimum
 * accuracies, with a JUnit report for CI. The gate runs every time, so a changed threshold needs
 * no new evaluation.
 */
public final class GatedEvaluation {

    /**
     * @param evaluation the scores by test set
     * @param gate the thresholds' verdict
     */
    public record Result(Evaluation evaluation, GateResult gate) {}

    private final EventListener listener;

    public GatedEvaluation(EventListener listener) {
        this.listener = listener;
    }

    /**
     * @param stage the evaluate stage of one student
     * @param thresholds minimum accuracies; a miss fails the gate
     * @param junitReport where the gate's JUnit report goes
     */
    public Result run(EvaluateStage stage, List<Threshold> thresholds, Path junitReport) throws IOException {
        Instant started = Instant.now();
        Evaluation evaluation = new StageRunner(listener).run(stage).result();
        evaluation.datasets().forEach(d -> listener.info(line(d)));
        MethodAccuracy student = new MethodAccuracy("student", evaluation.accuracyByDataset());
        GateResult gate = Gate.check(student, List.of(), thresholds, List.of());
        JunitReport.write(junitReport, "siked.evaluate", gate, Duration.between(started, Instant.now()));
        return new Result(evaluation, gate);
    }

    /** {@code synthetic:test: 71.3% [67.1, 75.2] of 500; cot 20% (55.0%), pot 80% (75.4%)}. */
    static String line(DatasetEval eval) {
        StringBuilder shares = new StringBuilder();
        eval.byStrategy().forEach((strategy, stats) -> {
            if (stats.n() > 0) {
                shares.append(shares.length() == 0 ? "" : ", ")
                        .append(String.format(
                                Locale.ROOT,
                                "%s %.0f%% (%.1f%%)",
                                strategy,
                                100 * stats.share(),
                                100 * stats.accuracy()));
            }
        });
        return String.format(
                Locale.ROOT,
                "%s: %.1f%% [%.1f, %.1f] of %d; %s",
                eval.dataset(),
                100 * eval.accuracy(),
                100 * eval.ci95().low(),
                100 * eval.ci95().high(),
                eval.n(),
                shares);
    }
}
