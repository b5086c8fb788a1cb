package io.github.siked.djl.probe;

import io.github.siked.djl.model.ConfigJson;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.djl.safetensors.ModelFileException;
import io.github.siked.djl.train.DjlStudentTrainer;
import io.github.siked.event.Event;
import io.github.siked.event.EventListener;
import io.github.siked.student.Overflow;
import io.github.siked.student.StudentFormat;
import io.github.siked.student.TrainConfig;
import io.github.siked.student.TrainingExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training speed of the real trainer ({@link DjlStudentTrainer}, full fine-tuning from scratch
 * with AdamW) on synthetic examples that fill every packed row exactly, so that each step
 * processes batch × length token slots and none of them is padding. The time of each optimizer
 * step is read from the trainer's own step log (one line per step), so steady-state throughput
 * leaves out the warm-up steps, tokenization and the export of the weights.
 */
public final class TrainThroughput {

    private static final Pattern STEP = Pattern.compile("^step ([0-9,]+)/([0-9,]+) ");

    /**
     * What a run measured.
     *
     * @param model the trained model's configuration (its vocabulary sized by the tokenizer)
     * @param modelDir where the trained model was written (Hugging Face layout)
     * @param steps optimizer steps timed, after the warm-up
     * @param tokensPerSecond token slots per second over the timed steps
     * @param cpuTokensPerSecond the same per second of the process's CPU time ({@link
     *     CpuClock}; the work itself with one torch thread, as autograd runs on the caller)
     */
    public record Result(
            ModelConfig model, Path modelDir, int steps, double tokensPerSecond, double cpuTokensPerSecond) {}

    private TrainThroughput() {}

    /**
     * Trains a from-scratch model of {@code shape} (its vocabulary comes from the examples, see
     * {@link SyntheticExamples}) for {@code warmup + steps} steps of {@code batch} rows of {@code
     * length} tokens, and times the last {@code steps}.
     *
     * @param workDir an empty directory for the start configuration and the trained model
     * @param afterStep told each finished step's number (from 1), for measurements along the run
     */
    public static Result run(
            ModelConfig shape, int batch, int length, int warmup, int steps, Path workDir, IntConsumer afterStep)
            throws IOException {
        if (warmup < 1 || steps < 1) {
            throw new IllegalArgumentException(
                    "warm-up and timed steps must be at least 1; were " + warmup + ", " + steps);
        }
        Path start = workDir.resolve("start");
        Files.createDirectories(start);
        ConfigJson.write(shape, start.resolve("config.json"));
        StudentFormat format = StudentFormat.tagged();
        List<TrainingExample> examples =
                SyntheticExamples.filling(format, shape.vocabulary().size(), length, batch * (warmup + steps), 1);
        TrainConfig config = TrainConfig.builder()
                .optFormat(format)
                .optEpochs(1)
                .optLearningRate(1e-3)
                .optWarmupRatio(0.0)
                .optBatchSize(batch)
                .optMaxLength(length)
                .optOverflow(Overflow.REJECT)
                .optSeed(1)
                .optFullFineTuning()
                .build();
        CpuClock[] stepEnds = new CpuClock[warmup + steps + 1];
        EventListener timer = event -> {
            if (event instanceof Event.Info info) {
                Matcher m = STEP.matcher(info.message());
                if (m.find()) {
                    int step = Integer.parseInt(m.group(1).replace(",", ""));
                    if (step < stepEnds.length) {
                        stepEnds[step] = CpuClock.now();
                    }
                    afterStep.accept(step);
                }
            }
        };
        Path output = workDir.resolve("trained");
        new DjlStudentTrainer(0, 1).train(start, config, examples, output, timer);
        int last = warmup + steps;
        if (stepEnds[warmup] == null || stepEnds[last] == null) {
            throw new IllegalStateException("the trainer ran fewer than " + last + " steps: the examples"
                    + " did not pack into " + batch + " full rows of " + length + " tokens per step");
        }
        double slots = (double) steps * batch * length;
        try {
            ModelConfig trained = ConfigJson.read(output.resolve("config.json"));
            return new Result(
                    trained,
                    output,
                    steps,
                    slots / stepEnds[last].wallSecondsSince(stepEnds[warmup]),
                    slots / stepEnds[last].cpuSecondsSince(stepEnds[warmup]));
        } catch (ModelFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
