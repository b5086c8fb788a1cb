package io.github.siked.sandbox;

/**
 * How the program-of-thought sandbox runs.
 *
 * @param python the interpreter ({@code siked.python}), or null to pick one (see
 *     {@link PythonInterpreter#resolve})
 * @param workers worker processes, one per core by default ({@code siked.sandbox.workers})
 * @param cpuSeconds CPU time each program may use; 10 s as in SIKeD ({@code siked.sandbox.cpuSeconds})
 * @param memoryMiB address space each worker may add above its loaded prelude
 *     ({@code siked.sandbox.memoryMiB})
 * @param isolation OS-level isolation ({@code siked.sandbox.isolation})
 */
public record SandboxConfig(String python, int workers, double cpuSeconds, int memoryMiB, Isolation isolation) {

    public static final double DEFAULT_CPU_SECONDS = 10;
    public static final int DEFAULT_MEMORY_MIB = 1024;

    public SandboxConfig {
        if (python != null && python.isBlank()) {
            throw new IllegalArgumentException(
                    "siked.python must name a Python 3.9+ executable or be left out to pick one; was blank");
        }
        if (workers < 1 || workers > 256) {
            throw new IllegalArgumentException("siked.sandbox.workers must be between 1 and 256; was " + workers);
        }
        if (!(cpuSeconds > 0 && cpuSeconds <= 3600)) {
            throw new IllegalArgumentException(
                    "siked.sandbox.cpuSeconds must be above 0 and at most 3600; was " + cpuSeconds);
        }
        if (memoryMiB < 64 || memoryMiB > 1 << 20) {
            throw new IllegalArgumentException(
                    "siked.sandbox.memoryMiB must be between 64 and 1048576; was " + memoryMiB);
        }
        if (isolation == null) {
            throw new IllegalArgumentException("siked.sandbox.isolation must be one of auto, bwrap, none");
        }
    }

    /** Auto-picked Python, one worker per core, 10 s per program, 1 GiB, bubblewrap when usable. */
    public static SandboxConfig defaults() {
        return new SandboxConfig(
                null,
                Runtime.getRuntime().availableProcessors(),
                DEFAULT_CPU_SECONDS,
                DEFAULT_MEMORY_MIB,
                Isolation.AUTO);
    }

    public SandboxConfig withPython(String value) {
        return new SandboxConfig(value, workers, cpuSeconds, memoryMiB, isolation);
    }

    public SandboxConfig withWorkers(int value) {
        return new SandboxConfig(python, value, cpuSeconds, memoryMiB, isolation);
    }

    public SandboxConfig withCpuSeconds(double value) {
        return new SandboxConfig(python, workers, value, memoryMiB, isolation);
    }

    public SandboxConfig withMemoryMiB(int value) {
        return new SandboxConfig(python, workers, cpuSeconds, value, isolation);
    }

    public SandboxConfig withIsolation(Isolation value) {
        return new SandboxConfig(python, workers, cpuSeconds, memoryMiB, value);
    }
}
