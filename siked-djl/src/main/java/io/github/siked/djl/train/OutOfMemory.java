package io.github.siked.djl.train;

import ai.djl.engine.EngineException;
import io.github.siked.student.Batching;
import java.util.Locale;

/** Turns libtorch's allocation failures into a message naming the settings to lower. */
final class OutOfMemory {

    private OutOfMemory() {}

    /** Whether libtorch failed to allocate (CUDA or CPU allocator). */
    static boolean isCause(EngineException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("out of memory")
                || message.contains("can't allocate memory")
                || message.contains("not enough memory");
    }

    static IllegalArgumentException explain(EngineException e, Batching batching, long step) {
        return new IllegalArgumentException(
                String.format(
                        "training ran out of memory at step %d with %d rows of %d tokens per micro-batch: lower"
                                + " siked.train.batchSize (%d) or siked.train.maxLength (%d), and raise"
                                + " siked.train.gradientAccumulation (%d) to keep the effective batch",
                        step,
                        batching.batchSize(),
                        batching.maxLength(),
                        batching.batchSize(),
                        batching.maxLength(),
                        batching.gradientAccumulation()),
                e);
    }
}
