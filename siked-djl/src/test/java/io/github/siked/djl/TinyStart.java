package io.github.siked.djl;

import io.github.siked.djl.model.Architecture;
import io.github.siked.djl.model.ConfigJson;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.record.Problem;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.TrainConfig;
import io.github.siked.student.TrainingExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The from-scratch set-up the engine's tests share: a start folder that holds only a tiny
 * config.json (the trainer builds a word vocabulary from the examples and sizes the model to it),
 * card-counting problems with their pot rationales, and a training recipe that takes seconds.
 */
public final class TinyStart {

    /** A one-layer Llama: hidden 32, MLP 64, 4 query heads over 2 key/value heads. */
    public static final ModelConfig LLAMA = ModelConfig.tiny(Architecture.LLAMA, 1, 32, 64, 1, 4, 2);

    private TinyStart() {}

    /** Writes {@code config} as the only file of {@code directory}, a start to train from scratch. */
    public static Path folder(Path directory, ModelConfig config) throws IOException {
        Files.createDirectories(directory);
        ConfigJson.write(config, directory.resolve("config.json"));
        return directory;
    }

    /** Problems q0, q1, …: "Ann has i cards and buys {@code bought}.", answered i + bought. */
    public static List<Problem> problems(int count, int bought) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Problem("q" + i, question(i, bought), String.valueOf(i + bought)))
                .toList();
    }

    /** The pot rationale of each of {@link #problems}: {@code answer = i + bought}. */
    public static List<TrainingExample> potExamples(int count, int bought) {
        return IntStream.range(0, count)
                .mapToObj(i -> new TrainingExample(
                        "q" + i, question(i, bought), Strategy.POT, "answer = " + i + " + " + bought))
                .toList();
    }

    /**
     * Full fine-tuning that takes seconds: one epoch at lr 1e-3 without warmup, micro-batches of 4
     * rows of 128 tokens, seed 3.
     */
    public static TrainConfig.Builder quickTraining() {
        return TrainConfig.builder()
                .optEpochs(1)
                .optLearningRate(1e-3)
                .optWarmupRatio(0.0)
                .optBatchSize(4)
                .optMaxLength(128)
                .optSeed(3)
                .optFullFineTuning();
    }

    private static String question(int i, int bought) {
        return "Ann has " + i + " cards and buys " + bought + ".";
    }
}
