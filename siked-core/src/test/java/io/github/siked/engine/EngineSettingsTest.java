package io.github.siked.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The engine settings as users write them: defaults, parsing, and messages that name the property. */
class EngineSettingsTest {

    @Test
    void valuesLeftOutKeepTheirDefaults() {
        assertEquals(new EngineSettings("djl", Device.AUTO, Precision.AUTO, 0, 200, 10), EngineSettings.defaults());
        assertEquals(
                EngineSettings.defaults(),
                EngineSettings.builder()
                        .optEngine(null)
                        .optDevice(null)
                        .optPrecision(" ")
                        .optThreads(null)
                        .optCheckpointEvery("")
                        .optLogEvery(null)
                        .build());
        assertEquals(
                new EngineSettings("djl", Device.CPU, Precision.FP32, 0, 0, 1),
                EngineSettings.builder()
                        .optDevice("cpu")
                        .optPrecision("fp32")
                        .optCheckpointEvery("0")
                        .optLogEvery(" 1 ")
                        .build());
    }

    @Test
    void threadsDefaultToTheEnginesOwnCount() {
        assertEquals(0, EngineSettings.builder().optThreads(" ").build().threads());
        assertEquals(
                new EngineSettings("djl", Device.AUTO, Precision.AUTO, 2, 200, 10),
                EngineSettings.builder().optThreads(" 2 ").build());
    }

    @Test
    void devicesAndPrecisionsAreReadInAnyCase() {
        assertEquals(Device.GPU, Device.parse("CUDA"));
        assertEquals(Device.AUTO, Device.parse(""));
        assertEquals(Precision.FP16, Precision.parse("half"));
        assertEquals(Precision.BF16, Precision.parse("BFloat16"));
        assertEquals("bf16", Precision.BF16.id());
        assertEquals("gpu", Device.GPU.id());
    }

    @Test
    void badValuesNameTheKeyAndSayWhatToGive() {
        assertMessage(
                "siked.train.logEvery 'ten' is not a whole number of steps, for instance 10",
                () -> EngineSettings.builder().optLogEvery("ten"));
        assertMessage(
                "siked.train.checkpointEvery is -1: give the optimizer steps between checkpoints, or 0 for none",
                () -> EngineSettings.builder().optCheckpointEvery("-1").build());
        assertMessage(
                "siked.train.logEvery is 0: give the optimizer steps between log lines, 1 or more",
                () -> EngineSettings.builder().optLogEvery("0").build());
        assertMessage(
                "siked.threads 'two' is not a number of threads: give libtorch's CPU threads, for"
                        + " instance 1, or 0 for its default (one per core)",
                () -> EngineSettings.builder().optThreads("two"));
        assertMessage(
                "siked.threads is -1: give libtorch's CPU threads, for instance 1, or 0 for its"
                        + " default (one per core)",
                () -> EngineSettings.builder().optThreads("-1").build());
        assertMessage(
                "siked.device 'tpu' is not a device: use auto (the GPU when there is one), cpu or gpu",
                () -> EngineSettings.builder().optDevice("tpu"));
        assertMessage(
                "siked.train.precision 'fp8' is not a precision: use auto (fp16 mixed precision on a GPU, fp32"
                        + " on the CPU), fp32 or fp16",
                () -> EngineSettings.builder().optPrecision("fp8"));
        assertMessage(
                "siked.engine is blank: name the student engine, for instance djl",
                () -> new EngineSettings(" ", Device.AUTO, Precision.AUTO, 0, 200, 10));
    }

    private static void assertMessage(String expected, Executable call) {
        assertEquals(
                expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
