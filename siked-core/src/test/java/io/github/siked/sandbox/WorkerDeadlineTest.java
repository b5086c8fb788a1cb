package io.github.siked.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A worker that stops answering (here: frozen with SIGSTOP) is killed at the wall-clock deadline. */
class WorkerDeadlineTest {

    @Test
    void aSilentWorkerTimesOutAndIsReplaced() throws Exception {
        String python = SandboxRequirements.pythonWithSympy();
        try (PotSandbox sandbox = new PotSandbox(new SandboxConfig(python, 1, 1.0, 256, Isolation.NONE), e -> {})) {
            List<ProcessHandle> workers = workers();
            assertEquals(1, workers.size(), workers.toString());
            ProcessHandle frozen = workers.get(0);
            assertEquals(
                    0,
                    new ProcessBuilder("kill", "-STOP", String.valueOf(frozen.pid()))
                            .start()
                            .waitFor());

            long start = System.nanoTime();
            assertEquals(new SandboxResult.Timeout(), sandbox.run("answer = 1"));
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertTrue(seconds >= 6 && seconds < 30, "deadline is 2 x 1 s + 5 s; took " + seconds + " s");

            assertEquals(new SandboxResult.Answer("2"), sandbox.run("answer = 1 + 1"));
            long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (frozen.isAlive() && System.nanoTime() < waitUntil) {
                Thread.sleep(50);
            }
            assertFalse(frozen.isAlive(), "the frozen worker " + frozen.pid() + " is still there");
        }
    }

    private static List<ProcessHandle> workers() {
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("siked-worker"))
                .collect(Collectors.toList());
    }
}
