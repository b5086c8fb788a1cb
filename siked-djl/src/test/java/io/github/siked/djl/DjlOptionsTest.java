package io.github.siked.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.djl.device.DeviceChoice;
import io.github.siked.djl.device.Precision;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's settings as system properties carry them. */
class DjlOptionsTest {

    @Test
    void keysLeftOutKeepTheirDefaults() {
        assertEquals(new DjlOptions(DeviceChoice.AUTO, Precision.AUTO, 200, 10), DjlOptions.from(Map.of()));
        DjlOptions set = DjlOptions.from(Map.of(
                "siked.device",
                "cpu",
                "siked.train.precision",
                "fp32",
                "siked.train.checkpointEvery",
                "0",
                "siked.train.logEvery",
                " 1 "));
        assertEquals(new DjlOptions(DeviceChoice.CPU, Precision.FP32, 0, 1), set);
        assertEquals(set, DjlOptions.from(set.toMap()));
    }

    @Test
    void threadsDefaultToLibtorchsOwnCount() {
        assertEquals(0, DjlOptions.from(Map.of()).threads());
        assertEquals(0, DjlOptions.from(Map.of("siked.threads", " ")).threads());
        DjlOptions two = DjlOptions.from(Map.of("siked.threads", " 2 "));
        assertEquals(new DjlOptions(DeviceChoice.AUTO, Precision.AUTO, 200, 10, 2), two);
        assertEquals("2", two.toMap().get("siked.threads"));
        assertEquals(two, DjlOptions.from(two.toMap()));
        assertTrue(DjlOptions.KEYS.contains("siked.threads"));
    }

    @Test
    void badValuesNameTheKeyAndSayWhatToGive() {
        assertEquals(
                "siked.train.logEvery 'ten' is not a whole number of steps, for instance 10",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> DjlOptions.from(Map.of("siked.train.logEvery", "ten")))
                        .getMessage());
        assertEquals(
                "siked.train.checkpointEvery is -1: give the optimizer steps between checkpoints," + " or 0 for none",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> DjlOptions.from(Map.of("siked.train.checkpointEvery", "-1")))
                        .getMessage());
        assertEquals(
                "siked.train.logEvery is 0: give the optimizer steps between log lines, 1 or more",
                assertThrows(IllegalArgumentException.class, () -> DjlOptions.from(Map.of("siked.train.logEvery", "0")))
                        .getMessage());
        assertEquals(
                "siked.threads 'two' is not a number of threads: give libtorch's CPU threads, for"
                        + " instance 1, or 0 for its default (one per core)",
                assertThrows(IllegalArgumentException.class, () -> DjlOptions.from(Map.of("siked.threads", "two")))
                        .getMessage());
        assertEquals(
                "siked.threads is -1: give libtorch's CPU threads, for instance 1, or 0 for its"
                        + " default (one per core)",
                assertThrows(IllegalArgumentException.class, () -> DjlOptions.from(Map.of("siked.threads", "-1")))
                        .getMessage());
    }
}
