package io.github.siked.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SandboxConfigTest {

    @Test
    void defaultsFollowSiked() {
        SandboxConfig config = SandboxConfig.defaults();
        assertEquals(null, config.python());
        assertEquals(Runtime.getRuntime().availableProcessors(), config.workers());
        assertEquals(10.0, config.cpuSeconds());
        assertEquals(1024, config.memoryMiB());
        assertEquals(Isolation.AUTO, config.isolation());
    }

    @Test
    void rejectsValuesOutOfRangeNamingTheKey() {
        SandboxConfig config = SandboxConfig.defaults();
        assertEquals(
                "siked.sandbox.workers must be between 1 and 256; was 0",
                assertThrows(IllegalArgumentException.class, () -> config.withWorkers(0))
                        .getMessage());
        assertEquals(
                "siked.sandbox.cpuSeconds must be above 0 and at most 3600; was 0.0",
                assertThrows(IllegalArgumentException.class, () -> config.withCpuSeconds(0))
                        .getMessage());
        assertEquals(
                "siked.sandbox.cpuSeconds must be above 0 and at most 3600; was NaN",
                assertThrows(IllegalArgumentException.class, () -> config.withCpuSeconds(Double.NaN))
                        .getMessage());
        assertEquals(
                "siked.sandbox.memoryMiB must be between 64 and 1048576; was 10",
                assertThrows(IllegalArgumentException.class, () -> config.withMemoryMiB(10))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> config.withPython(" "))
                .getMessage()
                .startsWith("siked.python must name a Python 3.9+ executable"));
    }

    @Test
    void parsesIsolation() {
        assertEquals(Isolation.BWRAP, Isolation.parse(" Bwrap "));
        assertEquals("none", Isolation.NONE.id());
        assertEquals(
                "siked.sandbox.isolation must be one of auto, bwrap, none; was 'docker'",
                assertThrows(IllegalArgumentException.class, () -> Isolation.parse("docker"))
                        .getMessage());
    }

    @Test
    void comparesPythonVersions() {
        assertTrue(PythonInterpreter.atLeast39("3.9.0"));
        assertTrue(PythonInterpreter.atLeast39("3.12.1"));
        assertFalse(PythonInterpreter.atLeast39("3.8.18"));
        assertFalse(PythonInterpreter.atLeast39("2.7.18"));
        assertFalse(PythonInterpreter.atLeast39("garbage"));
    }
}
