package io.github.siked.student;

import java.util.Locale;

/**
 * How the learning rate decays after warmup ({@code siked.train.schedule}): SIKeD trains with lr
 * 2e-4 linear or 3e-4 cosine (docs/method.md, "Loop").
 */
public enum Schedule {
    /** Straight down to 0 at the last step. */
    LINEAR,
    /** Half a cosine down to 0 at the last step (Loshchilov and Hutter, arXiv 1608.03983). */
    COSINE;

    /** {@code linear} or {@code cosine}, as a pom writes it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The learning-rate factor at a step, warmup included: rises linearly from 0 over the warmup
     * steps, then decays to 0 at {@code totalSteps}.
     */
    public double factor(long step, long warmupSteps, long totalSteps) {
        if (step < warmupSteps) {
            return (step + 1.0) / warmupSteps;
        }
        double progress = Math.min(1.0, (double) (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps));
        return this == LINEAR ? 1.0 - progress : 0.5 * (1.0 + Math.cos(Math.PI * progress));
    }

    /**
     * Reads the pom value.
     *
     * @throws IllegalArgumentException naming the bad value and the allowed ones
     */
    public static Schedule fromId(String value) {
        for (Schedule schedule : values()) {
            if (schedule.id().equals(value)) {
                return schedule;
            }
        }
        throw new IllegalArgumentException("siked.train.schedule is '" + value + "': use linear or cosine");
    }
}
