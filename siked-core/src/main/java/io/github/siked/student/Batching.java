package io.github.siked.student;

import java.util.Objects;

/**
 * How training examples become batches: packed rows of a fixed length, micro-batches of rows, and
 * micro-batches per optimizer step (pom keys {@code siked.train.*}; docs/method.md, "Loop"). Every
 * value is checked here, and a message names the key and the allowed range.
 *
 * @param batchSize packed rows per micro-batch ({@code siked.train.batchSize}, 1 to 65536)
 * @param gradientAccumulation micro-batches per optimizer step ({@code
 *     siked.train.gradientAccumulation}, 1 to 4096); the effective batch is their product
 * @param maxLength tokens per packed row ({@code siked.train.maxLength}, 16 to 1048576)
 * @param overflow what packing does with longer examples ({@code siked.train.overflow})
 */
public record Batching(int batchSize, int gradientAccumulation, int maxLength, Overflow overflow) {

    public Batching {
        Objects.requireNonNull(overflow, "overflow");
        Limits.between("siked.train.batchSize", batchSize, 1, 65536);
        Limits.between("siked.train.gradientAccumulation", gradientAccumulation, 1, 4096);
        Limits.between("siked.train.maxLength", maxLength, 16, 1 << 20);
    }

    /** Rows per optimizer step: batch size times gradient accumulation. */
    public int effectiveBatch() {
        return batchSize * gradientAccumulation;
    }
}
