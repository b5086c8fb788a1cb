package io.github.siked.djl.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.EngineException;
import io.github.siked.student.Batching;
import io.github.siked.student.Overflow;
import org.junit.jupiter.api.Test;

/** Running out of memory names the settings to lower, with their values. */
class OutOfMemoryTest {

    @Test
    void cudaAndCpuAllocationFailuresNameBatchSizeMaxLengthAndAccumulation() {
        EngineException cuda = new EngineException("CUDA out of memory. Tried to allocate 2.00 GiB");
        assertTrue(OutOfMemory.isCause(cuda));
        assertTrue(OutOfMemory.isCause(new EngineException(
                "[enforce fail at alloc_cpu.cpp:117] . DefaultCPUAllocator: can't allocate memory")));
        assertFalse(OutOfMemory.isCause(new EngineException("shape mismatch")));
        IllegalArgumentException e = OutOfMemory.explain(cuda, new Batching(16, 2, 1024, Overflow.TRUNCATE), 42);
        assertEquals(
                "training ran out of memory at step 42 with 16 rows of 1024 tokens per micro-batch:"
                        + " lower siked.train.batchSize (16) or siked.train.maxLength (1024), and raise"
                        + " siked.train.gradientAccumulation (2) to keep the effective batch",
                e.getMessage());
    }
}
