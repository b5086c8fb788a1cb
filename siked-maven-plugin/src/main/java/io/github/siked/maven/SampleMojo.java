package io.github.siked.maven;

import io.github.siked.sample.SampleStage;
import io.github.siked.sample.SampleStageConfig;
import io.github.siked.sample.SampleSummary;
import io.github.siked.stage.Outcome;
import io.github.siked.stage.StageRunner;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Draws k outputs per problem from a student with a KV cache, in batches: the strategy forced by
 * pre-filling its tag (SIKeD's self-sampling, one pass per strategy in {@code siked.sample.forced})
 * or left to the student. Writes sample records and a manifest beside them.
 */
@Mojo(name = "sample", threadSafe = true)
public class SampleMojo extends AbstractStudentMojo {

    /** The student's folder. Default: the output of {@code siked:train}. */
    @Parameter(property = "siked.sample.model", defaultValue = "${project.build.directory}/siked/train/student")
    private File model;

    /** The problems to answer. Default: {@code synthetic:train}. */
    @Parameter(property = "siked.sample.dataset", defaultValue = "synthetic:train")
    private String sampleDataset;

    /** Only the first N problems; 0 for all. */
    @Parameter(property = "siked.sample.limit", defaultValue = "0")
    private int limit;

    /** Strategies to force, comma-separated, one pass each; {@code none} lets the student choose. Default: {@code cot,l2m,pot}. */
    @Parameter(property = "siked.sample.forced", defaultValue = "cot,l2m,pot")
    private String forced;

    /** The distillation iteration recorded in each sample. Default: 1. */
    @Parameter(property = "siked.sample.iteration", defaultValue = "1")
    private int iteration;

    /** Samples per problem and strategy. Default: 10, as in SIKeD. */
    @Parameter(property = "siked.sample.k", defaultValue = "10")
    private int k;

    /** Temperature; 0 decodes greedily. Default: 0.7. */
    @Parameter(property = "siked.sample.temperature", defaultValue = "0.7")
    private double temperature;

    /** Nucleus mass. Default: 0.95. */
    @Parameter(property = "siked.sample.topP", defaultValue = "0.95")
    private double topP;

    /** Top-k; 0 for none. Default: 0. */
    @Parameter(property = "siked.sample.topK", defaultValue = "0")
    private int topK;

    /** The most new tokens per sample. Default: 512. */
    @Parameter(property = "siked.sample.maxNewTokens", defaultValue = "512")
    private int maxNewTokens;

    /** Strings that end a sample, comma-separated. */
    @Parameter(property = "siked.sample.stop")
    private List<String> stop = List.of();

    /** Sequences decoded together. Default: 64. */
    @Parameter(property = "siked.sample.batchSize", defaultValue = "64")
    private int batchSize;

    /** The samples file. Default: {@code target/siked/sample/samples.jsonl}. */
    @Parameter(property = "siked.sample.output", defaultValue = "${project.build.directory}/siked/sample/samples.jsonl")
    private File output;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("sample")) {
            return;
        }
        MavenEvents events = new MavenEvents(getLog());
        Outcome<SampleSummary> result = Failures.translate(() -> {
            SampleStageConfig config = new SampleStageConfig(
                    model.toPath(),
                    sampleDataset,
                    limit,
                    forced.strip().equals("none") ? List.of() : CommaList.strategies(forced, "siked.sample.forced"),
                    iteration,
                    output.toPath(),
                    sampling().toConfig().withSeed(seed));
            return new StageRunner(events).run(new SampleStage(config, datasets(events), studentEngine(), events));
        });
        getLog().info("samples: " + output
                + (result.skipped() ? " (unchanged)" : ", " + result.result().samples() + " written"));
    }

    /** The same settings an experiment's {@code <selfSampling>} element holds, from this goal's properties. */
    private SamplingSettings sampling() {
        SamplingSettings settings = new SamplingSettings();
        settings.k = k;
        settings.temperature = temperature;
        settings.topP = topP;
        settings.topK = topK;
        settings.maxNewTokens = maxNewTokens;
        settings.stop = stop;
        settings.batchSize = batchSize;
        return settings;
    }
}
