package io.github.siked.student;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Low-rank adaptation (LoRA, Hu et al., arXiv 2106.09685) of a pretrained student: the base weights
 * stay frozen and each target projection {@code W} learns {@code W + (alpha / rank) B A}. SIKeD uses
 * rank 16, alpha 32 on all attention and MLP projections (docs/method.md, "Loop").
 *
 * @param rank the inner dimension r of A and B ({@code siked.train.lora.rank})
 * @param alpha the scale numerator ({@code siked.train.lora.alpha})
 * @param dropout dropout on the adapter's input ({@code siked.train.lora.dropout})
 * @param targets the projections adapted, a subset of {@link #ALL_TARGETS}, in that order
 *     ({@code siked.train.lora.targets})
 */
public record LoraConfig(int rank, double alpha, double dropout, List<String> targets) {

    /** The projections of a Llama-family block, in the order configurations list them. */
    public static final List<String> ALL_TARGETS = List.of("q", "k", "v", "o", "gate", "up", "down");

    public LoraConfig {
        Limits.between("siked.train.lora.rank", rank, 1, 4096);
        Limits.above("siked.train.lora.alpha", alpha, 0, 65536);
        Limits.between("siked.train.lora.dropout", dropout, 0.0, 0.9);
        Objects.requireNonNull(targets, "targets");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(
                    "siked.train.lora.targets is empty: name at least one of " + ALL_TARGETS);
        }
        for (String target : targets) {
            if (!ALL_TARGETS.contains(target)) {
                throw new IllegalArgumentException(
                        "siked.train.lora.targets names '" + target + "': use some of " + ALL_TARGETS);
            }
        }
        targets = ALL_TARGETS.stream().filter(targets::contains).collect(Collectors.toUnmodifiableList());
    }

    /** SIKeD's adapter: rank 16, alpha 32, dropout 0.05, every projection. */
    public static LoraConfig siked() {
        return new LoraConfig(16, 32, 0.05, ALL_TARGETS);
    }

    /** The factor the adapter's product is multiplied by: alpha over rank. */
    public double scale() {
        return alpha / rank;
    }
}
