package io.github.siked.student;

import java.util.Objects;

/**
 * How the optimizer steps: AdamW's learning rate and its schedule, clipping and weight decay (pom
 * keys {@code siked.train.*}; docs/method.md, "Loop"). Every value is checked here, and a message
 * names the key and the allowed range.
 *
 * @param learningRate the peak learning rate ({@code siked.train.learningRate}, above 0, at most 1)
 * @param schedule the decay after warmup ({@code siked.train.schedule})
 * @param warmupRatio the share of all steps spent warming up ({@code siked.train.warmupRatio}, 0 to
 *     0.5)
 * @param clipNorm the global gradient-norm limit, 0 for none ({@code siked.train.clipNorm}, 0 to
 *     1000000)
 * @param weightDecay AdamW's decoupled weight decay ({@code siked.train.weightDecay}, 0 to 1)
 */
public record Optimization(
        double learningRate, Schedule schedule, double warmupRatio, double clipNorm, double weightDecay) {

    public Optimization {
        Objects.requireNonNull(schedule, "schedule");
        Limits.above("siked.train.learningRate", learningRate, 0, 1);
        Limits.between("siked.train.warmupRatio", warmupRatio, 0.0, 0.5);
        Limits.between("siked.train.clipNorm", clipNorm, 0.0, 1e6);
        Limits.between("siked.train.weightDecay", weightDecay, 0.0, 1.0);
    }
}
