package io.github.siked.maven;

import io.github.siked.stage.Outcome;
import io.github.siked.stage.StageRunner;
import io.github.siked.student.TrainConfig;
import io.github.siked.train.TrainStage;
import io.github.siked.train.TrainStageConfig;
import io.github.siked.train.TrainSummary;
import java.io.File;
import java.util.Map;
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
public class TrainMojo extends AbstractSikedMojo {

    /** The training samples. Default: the teacher data of {@code siked:generate-teacher}. */
    @Parameter(
            property = "siked.train.data",
            defaultValue = "${project.build.directory}/siked/generate-teacher/d_llm.jsonl")
    private File data;

    /** The dataset the samples' ids come from, for the questions. Default: {@code synthetic:train}. */
    @Parameter(property = "siked.train.dataset", defaultValue = "synthetic:train")
    private String trainDataset;

    /** The model to start from: a Hugging Face folder, or a folder with only {@code config.json} to train from scratch. Required. */
    @Parameter(property = "siked.student.start", required = true)
    private File start;

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

    /**
     * Where the student trains: {@code auto} (the first GPU when the engine's libtorch is a CUDA
     * build and sees one, else the CPU), {@code cpu}, or {@code gpu} (fails, saying how to get CUDA
     * libtorch, when there is none). The log's {@code student on …} line names the device and the
     * libtorch build. Default: {@code auto}.
     */
    @Parameter(property = "siked.device", defaultValue = "auto")
    private String device;

    /**
     * libtorch's CPU threads for training and sampling, for example {@code 1} on a machine that
     * other work keeps busy: libtorch's default, one thread per core, is fastest on an idle machine
     * but several times slower when the cores are shared. It is not recorded in the stage
     * manifests, so changing it re-runs nothing. Default: 0, libtorch's own count.
     */
    @Parameter(property = "siked.threads", defaultValue = "0")
    private String threads;

    /**
     * The arithmetic of training: {@code auto} (fp16 mixed precision on a GPU: float16 forward and
     * backward, float32 master weights, dynamic loss scaling; fp32 on the CPU), {@code fp32}, or
     * {@code fp16} (on the CPU too, with a warning: half matmuls are about 100 times slower there).
     * {@code bf16} is refused with the reason (DJL 0.35.1 aborts on bfloat16 arrays). Default:
     * {@code auto}.
     */
    @Parameter(property = "siked.train.precision", defaultValue = "auto")
    private String precision;

    /**
     * Optimizer steps between checkpoints of the weights and optimizer state, for example 500; a
     * killed build resumes from the last one and loses at most this many steps. 0 writes none.
     * Default: 200.
     */
    @Parameter(property = "siked.train.checkpointEvery", defaultValue = "200")
    private int checkpointEvery;

    /**
     * Optimizer steps between progress lines (step, loss, learning rate, tokens/s, elapsed, time
     * left), for example 1 to see every step. Default: 10.
     */
    @Parameter(property = "siked.train.logEvery", defaultValue = "10")
    private int logEvery;

    /** A folder of prompt files with {@code student.json} and {@code md-tasks.json}. Default: the bundled ones. */
    @Parameter(property = "siked.prompts")
    private File prompts;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("train")) {
            return;
        }
        MavenEvents events = new MavenEvents(getLog());
        TrainStageConfig config =
                new TrainStageConfig(data.toPath(), trainDataset, start.toPath(), output.toPath(), trainConfig());
        Outcome<TrainSummary> result = Failures.translate(() -> new StageRunner(events)
                .run(new TrainStage(
                        config,
                        datasets(events),
                        EngineProperties.find(
                                Map.of(
                                        "siked.device",
                                        device,
                                        "siked.train.precision",
                                        precision,
                                        "siked.train.checkpointEvery",
                                        Integer.toString(checkpointEvery),
                                        "siked.train.logEvery",
                                        Integer.toString(logEvery),
                                        "siked.threads",
                                        threads),
                                getClass().getClassLoader()),
                        events)));
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
