package io.github.siked.maven;

import io.github.siked.evaluate.EvaluateStage;
import io.github.siked.evaluate.EvaluateStageConfig;
import io.github.siked.evaluate.GatedEvaluation;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Evaluates one student greedily on test sets, letting it choose its strategy: accuracy with a 95%
 * interval, the share of each strategy it picks and that strategy's accuracy. Minimum accuracies
 * in {@code <thresholds>} fail the build, every miss listed (or only warn, with
 * {@code siked.gate.fail=false}), and a JUnit report under
 * {@code target/surefire-reports} shows the gate on CI dashboards. (An experiment's
 * {@code siked:experiment} evaluates as part of the loop; this goal scores any student alone.)
 */
@Mojo(name = "evaluate", threadSafe = true)
public class EvaluateMojo extends AbstractStudentMojo {

    /** The student's folder. Default: the output of {@code siked:train}. */
    @Parameter(property = "siked.evaluate.model", defaultValue = "${project.build.directory}/siked/train/student")
    private File model;

    /** Test sets, comma-separated. Default: {@code synthetic:test}. */
    @Parameter(property = "siked.test.datasets", defaultValue = "synthetic:test")
    private String testDatasets;

    /** Only the first N problems of each test set; 0 for all. */
    @Parameter(property = "siked.test.limit", defaultValue = "0")
    private int testLimit;

    /** Greedy decoding's settings ({@link EvaluationSettings}: maxNewTokens, batchSize). */
    @Parameter
    private EvaluationSettings evaluation = new EvaluationSettings();

    /** Minimum accuracies ({@link ThresholdSetting}); a miss fails the build. */
    @Parameter
    private List<ThresholdSetting> thresholds = List.of();

    /** Where samples, grades and {@code evaluation.json} go. */
    @Parameter(property = "siked.evaluate.output", defaultValue = "${project.build.directory}/siked/evaluate")
    private File output;

    /**
     * Whether a missed threshold fails the build. {@code false} only warns, listing the misses (the
     * JUnit report still records them), for exploratory runs. Default: true.
     */
    @Parameter(property = "siked.gate.fail", defaultValue = "true")
    private boolean failOnMiss;

    @Parameter(defaultValue = "${project.build.directory}/surefire-reports/TEST-siked.evaluate.xml", readonly = true)
    private File junitReport;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("evaluate")) {
            return;
        }
        MavenEvents events = new MavenEvents(getLog());
        GatedEvaluation.Result result = Failures.translate(() -> {
            EvaluateStageConfig config = new EvaluateStageConfig(
                    model.toPath(), CommaList.of(testDatasets), testLimit, evaluation.greedy(), output.toPath());
            EvaluateStage stage = new EvaluateStage(config, datasets(events), studentEngine(), sandbox(), events);
            return new GatedEvaluation(events)
                    .run(
                            stage,
                            thresholds.stream()
                                    .map(ThresholdSetting::toThreshold)
                                    .toList(),
                            junitReport.toPath());
        });
        GateVerdict.enforce(result.gate(), failOnMiss, getLog());
    }
}
