package io.github.siked.student;

import io.github.siked.strategy.Strategy;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a student is trained (METHOD.md "Loop"; pom keys {@code siked.train.*}). Every value is
 * checked here, and a message names the key and the allowed range.
 *
 * @param format the student format: SIKeD's tags or Mixed Distillation's task prefixes; the trainer
 *     records it with the model so the sampler writes the same prompts
 * @param epochs passes over the data ({@code siked.train.epochs}, 1 to 1000)
 * @param learningRate the peak learning rate ({@code siked.train.learningRate}, above 0, at most 1)
 * @param schedule the decay after warmup ({@code siked.train.schedule})
 * @param warmupRatio the share of all steps spent warming up ({@code siked.train.warmupRatio}, 0 to
 *     0.5)
 * @param batchSize packed rows per micro-batch ({@code siked.train.batchSize}, 1 to 65536)
 * @param gradientAccumulation micro-batches per optimizer step ({@code
 *     siked.train.gradientAccumulation}, 1 to 4096); the effective batch is their product
 * @param maxLength tokens per packed row ({@code siked.train.maxLength}, 16 to 1048576)
 * @param overflow what packing does with longer examples ({@code siked.train.overflow})
 * @param clipNorm the global gradient-norm limit, 0 for none ({@code siked.train.clipNorm}, 0 to
 *     1000000)
 * @param weightDecay AdamW's decoupled weight decay ({@code siked.train.weightDecay}, 0 to 1)
 * @param seed seeds initialisation, dropout and the packing order ({@code siked.train.seed})
 * @param lora the adapter for a pretrained student; empty trains every weight (from-scratch students)
 * @param lossWeights the loss weight of each strategy's examples (Mixed Distillation's per-task
 *     weights; {@code siked.train.lossWeights.cot} …, 0 to 100, at least one above 0); a strategy
 *     left out weighs 1
 */
public record TrainConfig(
        StudentFormat format,
        int epochs,
        double learningRate,
        Schedule schedule,
        double warmupRatio,
        int batchSize,
        int gradientAccumulation,
        int maxLength,
        Overflow overflow,
        double clipNorm,
        double weightDecay,
        long seed,
        Optional<LoraConfig> lora,
        Map<Strategy, Double> lossWeights) {

    public TrainConfig {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(overflow, "overflow");
        Objects.requireNonNull(lora, "lora");
        Limits.between("siked.train.epochs", epochs, 1, 1000);
        Limits.above("siked.train.learningRate", learningRate, 0, 1);
        Limits.between("siked.train.warmupRatio", warmupRatio, 0.0, 0.5);
        Limits.between("siked.train.batchSize", batchSize, 1, 65536);
        Limits.between("siked.train.gradientAccumulation", gradientAccumulation, 1, 4096);
        Limits.between("siked.train.maxLength", maxLength, 16, 1 << 20);
        Limits.between("siked.train.clipNorm", clipNorm, 0.0, 1e6);
        Limits.between("siked.train.weightDecay", weightDecay, 0.0, 1.0);
        lossWeights = completeWeights(Objects.requireNonNull(lossWeights, "lossWeights"));
    }

    /**
     * SIKeD's recipe for a pretrained student: 3 epochs, lr 2e-4 linear after 3 % warmup, effective
     * batch 8, rows of 1024 tokens, clipping at 1, LoRA r=16 alpha=32 on every projection, equal
     * weights.
     */
    public static TrainConfig siked() {
        return new TrainConfig(
                StudentFormat.tagged(),
                3,
                2e-4,
                Schedule.LINEAR,
                0.03,
                8,
                1,
                1024,
                Overflow.TRUNCATE,
                1.0,
                0.0,
                0,
                Optional.of(LoraConfig.siked()),
                Map.of());
    }

    /** The same settings with another seed (the loop derives one per run and iteration). */
    public TrainConfig withSeed(long newSeed) {
        return new TrainConfig(
                format,
                epochs,
                learningRate,
                schedule,
                warmupRatio,
                batchSize,
                gradientAccumulation,
                maxLength,
                overflow,
                clipNorm,
                weightDecay,
                newSeed,
                lora,
                lossWeights);
    }

    /** The same settings with another number of epochs. */
    public TrainConfig withEpochs(int newEpochs) {
        return new TrainConfig(
                format,
                newEpochs,
                learningRate,
                schedule,
                warmupRatio,
                batchSize,
                gradientAccumulation,
                maxLength,
                overflow,
                clipNorm,
                weightDecay,
                seed,
                lora,
                lossWeights);
    }

    /** The loss weight of a strategy's examples. */
    public float lossWeight(Strategy strategy) {
        return lossWeights.get(strategy).floatValue();
    }

    /** Rows per optimizer step: batch size times gradient accumulation. */
    public int effectiveBatch() {
        return batchSize * gradientAccumulation;
    }

    /** Whether every weight trains (no adapter). */
    public boolean fullFineTuning() {
        return lora.isEmpty();
    }

    private static Map<Strategy, Double> completeWeights(Map<Strategy, Double> given) {
        Map<Strategy, Double> weights = new EnumMap<>(Strategy.class);
        boolean anyPositive = false;
        for (Strategy strategy : Strategy.values()) {
            Double weight = given.getOrDefault(strategy, 1.0);
            Limits.between(
                    "siked.train.lossWeights." + strategy.id(), weight == null ? Double.NaN : weight, 0.0, 100.0);
            weights.put(strategy, weight);
            anyPositive |= weight > 0;
        }
        if (!anyPositive) {
            throw new IllegalArgumentException(
                    "siked.train.lossWeights are all 0: give at least one strategy a weight above 0");
        }
        // An EnumMap keeps strategy order: Map.copyOf iterates in a per-JVM order, and anything that
        // hashes or prints the config (a manifest, a resume fingerprint) must not change between runs.
        return Collections.unmodifiableMap(weights);
    }
}
