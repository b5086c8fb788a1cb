package io.github.siked.student;

import io.github.siked.strategy.Strategy;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a student is trained (pom keys {@code siked.train.*}; docs/method.md, "Loop"): the format,
 * the epochs, the optimizer, the batches, the seed, the adapter and the loss weights. Every value
 * is checked here or in its group, and a message names the key and the allowed range. Build one
 * with {@link #builder()}.
 *
 * @param format the student format: SIKeD's tags or Mixed Distillation's task prefixes; the trainer
 *     records it with the model so the sampler writes the same prompts
 * @param epochs passes over the data ({@code siked.train.epochs}, 1 to 1000)
 * @param optimization the learning rate and its schedule, clipping and weight decay
 * @param batching packed rows, micro-batches and gradient accumulation
 * @param seed seeds initialisation, dropout and the packing order ({@code siked.train.seed})
 * @param lora the adapter for a pretrained student; empty trains every weight (from-scratch students)
 * @param lossWeights the loss weight of each strategy's examples (Mixed Distillation's per-task
 *     weights; {@code siked.train.lossWeights.cot} …, 0 to 100, at least one above 0); a strategy
 *     left out weighs 1
 */
public record TrainConfig(
        StudentFormat format,
        int epochs,
        Optimization optimization,
        Batching batching,
        long seed,
        Optional<LoraConfig> lora,
        Map<Strategy, Double> lossWeights) {

    public TrainConfig {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(optimization, "optimization");
        Objects.requireNonNull(batching, "batching");
        Objects.requireNonNull(lora, "lora");
        Limits.between("siked.train.epochs", epochs, 1, 1000);
        lossWeights = completeWeights(Objects.requireNonNull(lossWeights, "lossWeights"));
    }

    /** A builder that starts from {@link #siked()}'s recipe. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * SIKeD's recipe for a pretrained student: 3 epochs, lr 2e-4 linear after 3 % warmup, effective
     * batch 8, rows of 1024 tokens, clipping at 1, LoRA r=16 alpha=32 on every projection, equal
     * weights.
     */
    public static TrainConfig siked() {
        return builder().build();
    }

    /** The same settings with another seed (the loop derives one per run and iteration). */
    public TrainConfig withSeed(long newSeed) {
        return new TrainConfig(format, epochs, optimization, batching, newSeed, lora, lossWeights);
    }

    /** The same settings with another number of epochs. */
    public TrainConfig withEpochs(int newEpochs) {
        return new TrainConfig(format, newEpochs, optimization, batching, seed, lora, lossWeights);
    }

    /** The loss weight of a strategy's examples. */
    public float lossWeight(Strategy strategy) {
        return lossWeights.get(strategy).floatValue();
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

    /**
     * Training settings by name, each optional: until set, SIKeD's recipe ({@link #siked()}). The
     * format is the tagged one with the bundled template. {@link #build()} checks them.
     */
    public static final class Builder {

        private StudentFormat format = StudentFormat.tagged();
        private int epochs = 3;
        private double learningRate = 2e-4;
        private Schedule schedule = Schedule.LINEAR;
        private double warmupRatio = 0.03;
        private double clipNorm = 1.0;
        private double weightDecay = 0.0;
        private int batchSize = 8;
        private int gradientAccumulation = 1;
        private int maxLength = 1024;
        private Overflow overflow = Overflow.TRUNCATE;
        private long seed = 0;
        private Optional<LoraConfig> lora = Optional.of(LoraConfig.siked());
        private Map<Strategy, Double> lossWeights = Map.of();

        private Builder() {}

        /** The student format ({@code siked.train.format} and the prompts' template). */
        public Builder optFormat(StudentFormat format) {
            this.format = format;
            return this;
        }

        /** Passes over the data ({@code siked.train.epochs}). */
        public Builder optEpochs(int epochs) {
            this.epochs = epochs;
            return this;
        }

        /** The peak learning rate ({@code siked.train.learningRate}). */
        public Builder optLearningRate(double learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        /** The decay after warmup ({@code siked.train.schedule}). */
        public Builder optSchedule(Schedule schedule) {
            this.schedule = schedule;
            return this;
        }

        /** The share of all steps spent warming up ({@code siked.train.warmupRatio}). */
        public Builder optWarmupRatio(double warmupRatio) {
            this.warmupRatio = warmupRatio;
            return this;
        }

        /** The global gradient-norm limit, 0 for none ({@code siked.train.clipNorm}). */
        public Builder optClipNorm(double clipNorm) {
            this.clipNorm = clipNorm;
            return this;
        }

        /** AdamW's decoupled weight decay ({@code siked.train.weightDecay}). */
        public Builder optWeightDecay(double weightDecay) {
            this.weightDecay = weightDecay;
            return this;
        }

        /** Packed rows per micro-batch ({@code siked.train.batchSize}). */
        public Builder optBatchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** Micro-batches per optimizer step ({@code siked.train.gradientAccumulation}). */
        public Builder optGradientAccumulation(int gradientAccumulation) {
            this.gradientAccumulation = gradientAccumulation;
            return this;
        }

        /** Tokens per packed row ({@code siked.train.maxLength}). */
        public Builder optMaxLength(int maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        /** What packing does with longer examples ({@code siked.train.overflow}). */
        public Builder optOverflow(Overflow overflow) {
            this.overflow = overflow;
            return this;
        }

        /** Seeds initialisation, dropout and the packing order ({@code siked.train.seed}). */
        public Builder optSeed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Trains this adapter on a frozen base ({@code siked.train.lora.*}). */
        public Builder optLora(LoraConfig lora) {
            this.lora = Optional.of(lora);
            return this;
        }

        /** Trains every weight, with no adapter: from-scratch students ({@code siked.train.lora.rank} 0). */
        public Builder optFullFineTuning() {
            this.lora = Optional.empty();
            return this;
        }

        /** The loss weight of each strategy's examples; one left out weighs 1 ({@code siked.train.lossWeights}). */
        public Builder optLossWeights(Map<Strategy, Double> lossWeights) {
            this.lossWeights = lossWeights;
            return this;
        }

        /**
         * The checked settings.
         *
         * @throws IllegalArgumentException naming the key, the bad value and the allowed range
         */
        public TrainConfig build() {
            return new TrainConfig(
                    format,
                    epochs,
                    new Optimization(learningRate, schedule, warmupRatio, clipNorm, weightDecay),
                    new Batching(batchSize, gradientAccumulation, maxLength, overflow),
                    seed,
                    lora,
                    lossWeights);
        }
    }
}
