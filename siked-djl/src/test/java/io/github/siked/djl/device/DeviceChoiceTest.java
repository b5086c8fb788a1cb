package io.github.siked.djl.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.types.DataType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** siked.device and siked.train.precision: parsing, resolution, and the messages users read. */
class DeviceChoiceTest {

    @Test
    void autoTakesTheGpuOnlyWhenTheEngineSeesOne() {
        assertTrue(DeviceChoice.parse("auto").usesGpu(1, "PyTorch 2.7.1 cu128"));
        assertFalse(DeviceChoice.parse("").usesGpu(0, "PyTorch 2.7.1 cpu"));
        assertFalse(DeviceChoice.parse("CPU").usesGpu(2, "PyTorch 2.7.1 cu128"));
        assertTrue(DeviceChoice.parse("gpu").usesGpu(1, "PyTorch 2.7.1 cu128"));
    }

    @Test
    void gpuWithoutOneSaysHowToGetCudaLibtorch() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DeviceChoice.GPU.usesGpu(0, "PyTorch 2.7.1 cpu"));
        assertEquals(
                "siked.device=gpu but PyTorch 2.7.1 cpu sees no GPU: build with -Pgpu"
                        + " (-Dsiked.gpu in an experiment's build; it drops pytorch-native-cpu) and let DJL download CUDA libtorch when online, or point it at a"
                        + " local one offline with PYTORCH_LIBRARY_PATH=<libtorch>/lib PYTORCH_VERSION=2.7.1"
                        + " PYTORCH_FLAVOR=cu128 (README, \"GPU students\"); or set siked.device=auto to fall back"
                        + " to the CPU",
                e.getMessage());
    }

    @Test
    void anUnknownDeviceNamesTheKeyAndTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeviceChoice.parse("tpu"));
        assertEquals(
                "siked.device 'tpu' is not a device: use auto (the GPU when there is one), cpu or" + " gpu",
                e.getMessage());
    }

    @Test
    void bf16IsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Precision.parse("bf16"));
        assertEquals(
                "siked.train.precision=bf16 is not available: DJL 0.35.1's PyTorch engine aborts"
                        + " the JVM on any bfloat16 array (\"terminate called without an active exception\"); use"
                        + " auto (fp16 on a GPU) or fp32",
                e.getMessage());
        assertEquals(
                "siked.train.precision 'fp8' is not a precision: use auto (fp16 mixed precision on"
                        + " a GPU, fp32 on the CPU), fp32 or fp16",
                assertThrows(IllegalArgumentException.class, () -> Precision.parse("fp8"))
                        .getMessage());
    }

    @Test
    void autoIsFp16OnAGpuAndFp32OnTheCpu() {
        assertEquals(Precision.FP16, Precision.parse("auto").resolve(true));
        assertEquals(Precision.FP32, Precision.parse("").resolve(false));
        assertEquals(Precision.FP32, Precision.parse("fp32").resolve(true));
        assertEquals(Precision.FP16, Precision.parse("half").resolve(false));
        assertEquals(DataType.FLOAT16, Precision.FP16.dataType());
        assertEquals(DataType.FLOAT32, Precision.AUTO.resolve(false).dataType());
        assertThrows(IllegalStateException.class, Precision.AUTO::dataType);
    }

    @Test
    void explicitFp16OnTheCpuRunsWithAWarning() {
        assertEquals(
                "siked.train.precision=fp16 on the CPU: fp16 mixed precision is meant for GPUs,"
                        + " and libtorch's CPU half-precision matmuls are about 100 times slower than float32 ones;"
                        + " use auto or fp32 on the CPU",
                Precision.FP16.warning(false).orElseThrow());
        assertEquals(Optional.empty(), Precision.FP16.warning(true));
        assertEquals(Optional.empty(), Precision.AUTO.warning(false));
        assertEquals(Optional.empty(), Precision.FP32.warning(false));
    }

    @Test
    void theFlavorComesFromLibtorchsFolderElseFromPytorchFlavor() {
        assertEquals(Optional.of("cpu"), Placement.flavor("/c/engine/pytorch/2.7.1-20250812-cpu-linux-x86_64", null));
        assertEquals(Optional.of("cu128"), Placement.flavor("/c/engine/pytorch/2.7.1-cu128-linux-x86_64", "cpu"));
        assertEquals(Optional.of("cu128"), Placement.flavor("/opt/libtorch/lib", "cu128"));
        assertEquals(Optional.empty(), Placement.flavor("/opt/libtorch/lib", null));
    }

    @Test
    void theCpuLibtorchNeverPicksTheGpuAndGpuThenSaysWhy() {
        // With the CPU libtorch (the default build), whatever the CUDA runtime counts, auto stays on the CPU.
        assumeTrue(Placement.cpu().engine().startsWith("PyTorch 2.7.1 cpu "), "libtorch is not the CPU build");
        assertFalse(Placement.resolve(DeviceChoice.AUTO).device().isGpu());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Placement.resolve(DeviceChoice.GPU));
        assertTrue(e.getMessage().startsWith("siked.device=gpu but PyTorch 2.7.1 cpu (libtorch "), e.getMessage());
    }

    @Test
    void theCpuLineNamesTheEngineAndItsBuild() {
        String line = Placement.cpu().describe();
        assertTrue(line.matches("student on cpu, PyTorch 2\\.7\\.1 (cpu|cu\\d+) \\(libtorch .+\\)"), line);
    }
}
