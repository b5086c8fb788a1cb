package io.github.siked.djl.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.github.siked.djl.model.Architecture;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.model.ModelConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On a machine with a GPU and CUDA libtorch: auto picks the GPU, and a forward pass on it matches
 * the CPU's. Skipped elsewhere (run with {@code -Pgpu} and CUDA libtorch, README "GPU students").
 */
@Tag("gpu")
class GpuPlacementTest {

    @Test
    void autoPicksTheGpuAndItComputesAsTheCpuDoes() {
        assumeTrue(Engine.getInstance().getGpuCount() > 0, "no GPU visible to " + Placement.describeEngine());
        Placement placement = Placement.resolve(DeviceChoice.AUTO);
        assertTrue(placement.device().isGpu(), placement.describe());
        assertTrue(placement.describe().startsWith("student on gpu(0), PyTorch 2.7.1 cu"), placement.describe());

        ModelConfig config = ModelConfig.tiny(Architecture.LLAMA, 16, 32, 64, 1, 4, 2);
        try (NDManager gpu = NDManager.newBaseManager(placement.device());
                NDManager cpu = NDManager.newBaseManager(ai.djl.Device.cpu());
                Decoder onGpu = Decoder.random(config, 7, gpu);
                Decoder onCpu = Decoder.random(config, 7, cpu)) {
            long[] ids = {1, 5, 9, 3};
            NDArray a = onGpu.logits(gpu.create(ids, new ai.djl.ndarray.types.Shape(1, 4)), new int[] {0});
            NDArray b = onCpu.logits(cpu.create(ids, new ai.djl.ndarray.types.Shape(1, 4)), new int[] {0});
            assertEquals(placement.device(), a.getDevice());
            float[] x = a.toFloatArray();
            float[] y = b.toFloatArray();
            for (int i = 0; i < x.length; i++) {
                assertEquals(y[i], x[i], 1e-3, "logit " + i);
            }
        }
    }
}
