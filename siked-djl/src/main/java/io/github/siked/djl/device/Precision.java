package io.github.siked.djl.device;

import ai.djl.ndarray.types.DataType;
import io.github.siked.engine.EngineSettings;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code siked.train.precision} setting: the arithmetic the student trains and samples in.
 * {@code fp16} is mixed precision (Micikevicius et al., <a
 * href="https://arxiv.org/abs/1710.03740">arXiv 1710.03740</a>): float32 master weights and
 * optimizer state, forward and backward passes in float16 with RMSNorm, the attention softmax and
 * the loss in float32, and dynamic loss scaling; sampling loads the weights in float16. {@code
 * auto} picks fp16 on a GPU and fp32 on the CPU, where libtorch's half-precision matmuls are about
 * 100 times slower than float32 ones; an explicit {@code fp16} runs on the CPU too, with a
 * warning. bfloat16 is refused with the reason: DJL 0.35.1's PyTorch engine ends the JVM on any
 * bfloat16 array.
 */
public enum Precision {
    AUTO,
    FP32,
    FP16;

    /** The key users set, as a goal parameter or a -D property. */
    public static final String KEY = EngineSettings.PRECISION;

    /**
     * The value of {@code siked.train.precision}, as the core reads it ({@link
     * io.github.siked.engine.Precision#parse}); {@code bf16} is refused with the reason.
     */
    public static Precision parse(String value) {
        return switch (io.github.siked.engine.Precision.parse(value)) {
            case AUTO -> AUTO;
            case FP32 -> FP32;
            case FP16 -> FP16;
            case BF16 ->
                throw new IllegalArgumentException(KEY + "=" + value + " is not"
                        + " available: DJL 0.35.1's PyTorch engine aborts the JVM on any bfloat16 array"
                        + " (\"terminate called without an active exception\"); use auto (fp16 on a GPU) or fp32");
        };
    }

    /**
     * The arithmetic to run in on a device: {@code auto} is {@link #FP16} on a GPU and {@link #FP32}
     * on the CPU; an explicit choice stands on either.
     *
     * @param gpu whether the student runs on a GPU
     */
    public Precision resolve(boolean gpu) {
        return this == AUTO ? (gpu ? FP16 : FP32) : this;
    }

    /**
     * The warning for an explicit {@code fp16} on the CPU, which runs but slowly; empty otherwise.
     *
     * @param gpu whether the student runs on a GPU
     */
    public Optional<String> warning(boolean gpu) {
        if (this != FP16 || gpu) {
            return Optional.empty();
        }
        return Optional.of(KEY + "=fp16 on the CPU: fp16 mixed precision is meant for GPUs, and"
                + " libtorch's CPU half-precision matmuls are about 100 times slower than float32 ones;"
                + " use auto or fp32 on the CPU");
    }

    /**
     * The dtype a forward pass computes in: float32 or float16.
     *
     * @throws IllegalStateException for {@link #AUTO}, which must be resolved against a device first
     */
    public DataType dataType() {
        return switch (this) {
            case FP32 -> DataType.FLOAT32;
            case FP16 -> DataType.FLOAT16;
            case AUTO -> throw new IllegalStateException("resolve " + KEY + "=auto against the device first");
        };
    }

    /** The lowercase id, as users write it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
