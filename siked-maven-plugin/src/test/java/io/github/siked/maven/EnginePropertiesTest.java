package io.github.siked.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.siked.student.StudentEngine;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The goals' engine settings reach the engine the ServiceLoader builds, and go no further. */
class EnginePropertiesTest {

    @Test
    void theEngineKeepsTheSettingsAndTheJvmGetsItsOwnBack() {
        System.setProperty("siked.device", "cpu");
        try {
            StudentEngine engine = EngineProperties.find(
                    Map.of("siked.device", "tpu", "siked.train.logEvery", "5"),
                    getClass().getClassLoader());
            assertEquals("cpu", System.getProperty("siked.device"));
            assertNull(System.getProperty("siked.train.logEvery"));
            // The engine read "tpu" while it was built; it says so when a trainer is asked for.
            assertEquals(
                    "siked.device 'tpu' is not a device: use auto (the GPU when there is one), cpu or gpu",
                    assertThrows(IllegalArgumentException.class, engine::trainer)
                            .getMessage());
        } finally {
            System.clearProperty("siked.device");
        }
    }

    @Test
    void theExperimentsThreadsReachTheEngine() {
        Map<String, String> settings = new TrainSettings().engineSettings("cpu", "two");
        assertEquals("two", settings.get("siked.threads"));
        StudentEngine refused = EngineProperties.find(settings, getClass().getClassLoader());
        assertNull(System.getProperty("siked.threads"));
        assertEquals(
                "siked.threads 'two' is not a number of threads: give libtorch's CPU threads, for instance 1,"
                        + " or 0 for its default (one per core)",
                assertThrows(IllegalArgumentException.class, refused::trainer).getMessage());
    }
}
