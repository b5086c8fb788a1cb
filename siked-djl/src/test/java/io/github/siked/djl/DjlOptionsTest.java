package io.github.siked.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.djl.device.DeviceChoice;
import io.github.siked.djl.device.Precision;
import io.github.siked.engine.EngineSettings;
import org.junit.jupiter.api.Test;

/** The shared engine settings as DJL reads them. */
class DjlOptionsTest {

    @Test
    void settingsLeftOutKeepTheirDefaults() {
        assertEquals(
                new DjlOptions(DeviceChoice.AUTO, Precision.AUTO, 200, 10), DjlOptions.from(EngineSettings.defaults()));
        DjlOptions set = DjlOptions.from(EngineSettings.builder()
                .optDevice("cpu")
                .optPrecision("fp32")
                .optCheckpointEvery("0")
                .optLogEvery(" 1 ")
                .build());
        assertEquals(new DjlOptions(DeviceChoice.CPU, Precision.FP32, 0, 1), set);
    }

    @Test
    void threadsDefaultToLibtorchsOwnCount() {
        assertEquals(0, DjlOptions.from(EngineSettings.defaults()).threads());
        DjlOptions two =
                DjlOptions.from(EngineSettings.builder().optThreads(" 2 ").build());
        assertEquals(new DjlOptions(DeviceChoice.AUTO, Precision.AUTO, 200, 10, 2), two);
    }

    @Test
    void everyDeviceAndPrecisionDjlRunsIsReadAndBf16IsRefusedWithTheReason() {
        assertEquals(
                DeviceChoice.GPU,
                DjlOptions.from(EngineSettings.builder().optDevice("gpu").build())
                        .device());
        assertEquals(
                Precision.FP16,
                DjlOptions.from(EngineSettings.builder().optPrecision("fp16").build())
                        .precision());
        EngineSettings bf16 = EngineSettings.builder().optPrecision("bf16").build();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DjlOptions.from(bf16))
                .getMessage()
                .startsWith("siked.train.precision=bf16 is not available: DJL 0.35.1's PyTorch engine aborts the JVM"));
    }
}
