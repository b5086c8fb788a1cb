package io.github.siked.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.siked.djl.device.DeviceChoice;
import io.github.siked.djl.device.Precision;
import io.github.siked.engine.EngineSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the engine reports for the stage manifests, and {@code siked.threads} reaching libtorch.
 * Surefire runs libtorch with one thread (ai.djl.pytorch.num_threads), so the tests ask for two
 * and put one back.
 */
class EngineSettingsTest {

    @TempDir
    Path dir;

    @Test
    void reportsTheResolvedDeviceAndPrecisionAndTheLibtorchBuildButNotTheThreads() {
        Map<String, String> settings =
                new DjlStudentEngine(new DjlOptions(DeviceChoice.CPU, Precision.AUTO, 0, 1, 2)).settings();
        assertEquals(
                Map.of("device", "cpu", "precision", "fp32", "libtorch.version", "2.7.1", "libtorch.flavor", "cpu"),
                settings);
        assertEquals(
                settings,
                new DjlStudentEngine(new DjlOptions(DeviceChoice.CPU, Precision.FP32, 500, 7)).settings(),
                "threads, checkpoint and log intervals change no result");
    }

    @Test
    void theTrainerAndTheSamplerSetLibtorchsThreads() {
        try {
            new DjlStudentEngine(threads("2")).trainer();
            assertEquals(2, TorchThreads.current());
            new DjlStudentEngine(threads("0")).trainer();
            assertEquals(1, TorchThreads.current(), "0 gives back the count libtorch started with");
            // The count is set before the model is read, so even a missing folder shows it.
            assertThrows(
                    IllegalArgumentException.class,
                    () -> new DjlStudentEngine(threads("2")).sampler(dir.resolve("none"), 1));
            assertEquals(2, TorchThreads.current());
        } finally {
            TorchThreads.apply(0);
        }
        assertEquals(1, TorchThreads.current());
    }

    /** CPU options with these threads, as a goal reads them. */
    private static DjlOptions threads(String value) {
        return DjlOptions.from(
                EngineSettings.builder().optDevice("cpu").optThreads(value).build());
    }
}
