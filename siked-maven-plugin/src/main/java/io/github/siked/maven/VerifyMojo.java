package io.github.siked.maven;

import io.github.siked.stage.StageRunner;
import io.github.siked.verify.VerifyStage;
import io.github.siked.verify.VerifyStageConfig;
import io.github.siked.verify.VerifySummary;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Grades model outputs against a dataset's gold answers: prose (cot, l2m) by the number its answer
 * states, programs (pot) by running them in the sandbox. Writes the graded samples, a summary
 * ({@code <output>.summary.json}) and a manifest beside them, and prints the accuracy. Runs with or
 * without a project:
 *
 * <pre>
 * mvn io.github.siked:siked-maven-plugin:VERSION:verify -Dsiked.samples=samples.jsonl \
 *     -Dsiked.dataset=gsm8k-test -Dsiked.dataDir=DIR -Dsiked.output=graded.jsonl
 * </pre>
 */
@Mojo(name = "verify", requiresProject = false, threadSafe = true)
public class VerifyMojo extends AbstractSikedMojo {

    /** The samples to grade: a JSONL file of sample records ({@code id, strategy, origin, iteration, index, text}). Required. */
    @Parameter(property = "siked.samples", required = true)
    private File samples;

    /**
     * The dataset holding the gold answers: {@code gsm8k-train}, {@code gsm8k-test}, {@code svamp},
     * {@code asdiv}, {@code multiarith}, {@code gsm-hard}, {@code jsonl:<path>} for problem records, or
     * {@code synthetic:<split>} for the built-in generator. Required.
     */
    @Parameter(property = "siked.dataset", required = true)
    private String dataset;

    /**
     * The graded samples to write; {@code <name>.summary.json} and {@code <name>.manifest.json} go
     * beside it. Default: {@code target/siked/verify/graded.jsonl}.
     */
    @Parameter(property = "siked.output", defaultValue = "${project.build.directory}/siked/verify/graded.jsonl")
    private File output;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("verify")) {
            return;
        }
        MavenEvents events = new MavenEvents(getLog());
        VerifyStageConfig config =
                new VerifyStageConfig(samples.toPath(), dataset, dataDir.toPath(), offline, output.toPath(), sandbox());
        VerifySummary summary = Failures.translate(
                        () -> new StageRunner(events).run(new VerifyStage(config, datasets(events), events)))
                .result();
        getLog().info(summary.accuracyLine() + ", " + summary.verdicts());
        getLog().info("graded samples: " + config.output());
        getLog().info("summary: " + config.summaryFile());
    }
}
