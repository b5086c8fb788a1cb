package io.github.siked.djl.train;

import io.github.siked.student.Schedule;

/**
 * The learning rate at each optimizer step: linear warmup over a share of the steps, then linear
 * or cosine decay to 0 ({@link Schedule#factor}).
 *
 * @param peak the rate after warmup ({@code siked.train.learningRate})
 * @param schedule the decay
 * @param warmupSteps steps of warmup, at least 0
 * @param totalSteps optimizer steps in the whole run, at least 1
 */
record LearningRate(double peak, Schedule schedule, long warmupSteps, long totalSteps) {

    LearningRate {
        if (warmupSteps < 0 || totalSteps < 1 || warmupSteps > totalSteps) {
            throw new IllegalArgumentException(
                    "warmup " + warmupSteps + " of " + totalSteps + " steps: need 0 <= warmup <= total and total >= 1");
        }
    }

    /** Warmup takes {@code warmupRatio} of the steps, rounded up, as transformers does. */
    static LearningRate of(double peak, Schedule schedule, double warmupRatio, long totalSteps) {
        return new LearningRate(peak, schedule, (long) Math.ceil(warmupRatio * totalSteps), totalSteps);
    }

    /** The rate for optimizer step {@code step}, from 0. */
    double at(long step) {
        return peak * schedule.factor(step, warmupSteps, totalSteps);
    }
}
