package io.github.siked.maven;

import io.github.siked.stage.Outcome;
import io.github.siked.stage.StageRunner;
import io.github.siked.student.TrainConfig;
import io.github.siked.train.TrainStage;
import io.github.siked.train.TrainStageConfig;
import io.github.siked.train.TrainSummary;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fine-tunes a student on a file of samples (D_LLM by default) in the student format of SIKeD:
 * full fine-tuning for a from-scratch model, LoRA (arXiv 2106.09685) for a pretrained one. Writes
 * the student (Hugging Face layout, its weights in the start checkpoint's element type, so a bf16
 * model stays bf16 and a from-scratch one is float32; the adapter in PEFT layout under
 * {@code adapter/}) and a manifest.
 */
@Mojo(name = "train", threadSafe = true)
public class TrainMojo extends AbstractTrainingMojo {

    /** The training samples. Default: the teacher data of {@code siked:generate-teacher}. */
    @Parameter(
            property = "siked.train.data",
            defaultValue = "${project.build.directory}/siked/generate-teacher/d_llm.jsonl")
    private File data;

    /** Where the student is written. Default: {@code target/siked/train/student}. */
    @Parameter(property = "siked.train.output", defaultValue = "${project.build.directory}/siked/train/student")
    private File output;

    /** {@code tagged} (SIKeD) or {@code task-prefix} (Mixed Distillation). Default: {@code tagged}. */
    @Parameter(property = "siked.train.format", defaultValue = "tagged")
    private String format;

    /** Passes over the data. Default: 3, as in SIKeD. */
    @Parameter(property = "siked.train.epochs", defaultValue = "3")
    private int epochs;

    /** The peak learning rate. Default: 2e-4. */
    @Parameter(property = "siked.train.learningRate", defaultValue = "2e-4")
    private double learningRate;

    /** {@code linear} or {@code cosine} decay after warmup. Default: {@code linear}. */
    @Parameter(property = "siked.train.schedule", defaultValue = "linear")
    private String schedule;

    /** The share of steps spent warming up. Default: 0.03. */
    @Parameter(property = "siked.train.warmupRatio", defaultValue = "0.03")
    private double warmupRatio;

    /** Packed rows per micro-batch. Default: 8. */
    @Parameter(property = "siked.train.batchSize", defaultValue = "8")
    private int batchSize;

    /** Micro-batches per optimizer step. Default: 1. */
    @Parameter(property = "siked.train.gradientAccumulation", defaultValue = "1")
    private int gradientAccumulation;

    /** Tokens per packed row. Default: 1024, as in SIKeD. */
    @Parameter(property = "siked.train.maxLength", defaultValue = "1024")
    private int maxLength;

    /** {@code truncate} or {@code reject} examples longer than a row. Default: {@code truncate}. */
    @Parameter(property = "siked.train.overflow", defaultValue = "truncate")
    private String overflow;

    /** The global gradient-norm limit; 0 for none. Default: 1.0. */
    @Parameter(property = "siked.train.clipNorm", defaultValue = "1.0")
    private double clipNorm;

    /** AdamW's weight decay. Default: 0. */
    @Parameter(property = "siked.train.weightDecay", defaultValue = "0")
    private double weightDecay;

    /** LoRA rank; 0 trains every weight (from-scratch students). Default: 16, as in SIKeD. */
    @Parameter(property = "siked.train.lora.rank", defaultValue = "16")
    private int loraRank;

    /** LoRA alpha. Default: 32. */
    @Parameter(property = "siked.train.lora.alpha", defaultValue = "32")
    private double loraAlpha;

    /** LoRA dropout. Default: 0.05. */
    @Parameter(property = "siked.train.lora.dropout", defaultValue = "0.05")
    private double loraDropout;

    /** LoRA targets, comma-separated, among q, k, v, o, gate, up, down. Default: all seven. */
    @Parameter(property = "siked.train.lora.targets", defaultValue = "q,k,v,o,gate,up,down")
    private String loraTargets;

    /** Mixed Distillation's per-strategy loss weights, for instance {@code cot=1,pot=2}; a strategy left out weighs 1. */
    @Parameter(property = "siked.train.lossWeights")
    private String lossWeights;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("train")) {
            return;
        }
        MavenEvents events = new MavenEvents(getLog());
        Outcome<TrainSummary> result = Failures.translate(() -> {
            TrainStageConfig config =
                    new TrainStageConfig(data.toPath(), trainDataset, start.toPath(), output.toPath(), trainConfig());
            return new StageRunner(events).run(new TrainStage(config, datasets(events), studentEngine(), events));
        });
        getLog().info("student: " + output
                + (result.skipped() ? " (unchanged)" : ", " + result.result().steps() + " steps"));
    }

    /** The same settings an experiment's {@code <train>} element holds, from this goal's properties. */
    private TrainConfig trainConfig() {
        TrainSettings settings = new TrainSettings();
        settings.format = format;
        settings.epochs = epochs;
        settings.learningRate = learningRate;
        settings.schedule = schedule;
        settings.warmupRatio = warmupRatio;
        settings.batchSize = batchSize;
        settings.gradientAccumulation = gradientAccumulation;
        settings.maxLength = maxLength;
        settings.overflow = overflow;
        settings.clipNorm = clipNorm;
        settings.weightDecay = weightDecay;
        settings.loraRank = loraRank;
        settings.loraAlpha = loraAlpha;
        settings.loraDropout = loraDropout;
        settings.loraTargets = loraTargets;
        settings.lossWeights = lossWeights;
        return settings.toConfig(prompts, "siked.train.lossWeights").withSeed(seed);
    }
}
