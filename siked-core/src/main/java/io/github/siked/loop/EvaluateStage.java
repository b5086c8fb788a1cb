package io.github.siked.loop;

import io.github.siked.data.DatasetResolver;
import io.github.siked.eval.DatasetEval;
import io.github.siked.eval.Gate;
import io.github.siked.eval.GateResult;
import io.github.siked.eval.JunitReport;
import io.github.siked.eval.Threshold;
import io.github.siked.event.EventListener;
import io.github.siked.record.Jsonl;
import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.stage.AtomicFile;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.StudentEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluate stage ({@code siked:evaluate}) on its own: one student, greedy decoding with the
 * strategy left to it, scored on each test set (accuracy with a 95% interval, the strategies it
 * picks and their accuracy), checked against minimum accuracies, with a JUnit report for CI.
 */
public final class EvaluateStage {

    /**
     * @param student the student's folder
     * @param datasets the test sets
     * @param limit only the first N problems of each, 0 for all
     * @param greedy the decoding settings (temperature 0)
     * @param dir where samples, grades and {@code evaluation.json} go
     * @param thresholds minimum accuracies; a miss fails the gate
     * @param junitReport the gate's JUnit report
     */
    public record Config(
            Path student,
            List<String> datasets,
            int limit,
            SampleConfig greedy,
            Path dir,
            List<Threshold> thresholds,
            Path junitReport) {

        public Config {
            datasets = List.copyOf(datasets);
            thresholds = List.copyOf(thresholds);
            if (datasets.isEmpty()) {
                throw new IllegalArgumentException("siked.test.datasets is empty: name at least one test set");
            }
            if (!greedy.greedyDecoding()) {
                throw new IllegalArgumentException("evaluation decodes greedily: its temperature must be 0");
            }
        }
    }

    /** The scores by dataset and the gate's verdict. */
    public record Result(Map<String, DatasetEval> scores, GateResult gate) {}

    private final EventListener listener;

    public EvaluateStage(EventListener listener) {
        this.listener = listener;
    }

    public Result run(Config config, DatasetResolver datasets, StudentEngine engine, SandboxConfig sandbox)
            throws IOException {
        Instant started = Instant.now();
        Stages stages = new Stages(datasets, engine, sandbox, listener);
        Map<String, DatasetEval> scores = new LinkedHashMap<>();
        Map<String, Double> accuracy = new LinkedHashMap<>();
        for (String dataset : config.datasets()) {
            DatasetEval eval = stages.evaluate(
                    config.student(),
                    dataset,
                    config.limit(),
                    0,
                    config.greedy(),
                    RunLayout.eval(config.dir(), dataset));
            scores.put(dataset, eval);
            accuracy.put(dataset, eval.accuracy());
            listener.info(line(eval));
        }
        AtomicFile.write(
                config.dir().resolve("evaluation.json"),
                Jsonl.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(scores) + "\n");
        GateResult gate = Gate.check(accuracy, Map.of(), config.thresholds(), List.of());
        JunitReport.write(config.junitReport(), "siked.evaluate", gate, Duration.between(started, Instant.now()));
        return new Result(scores, gate);
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
