package io.github.siked.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.siked.event.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Environment problems at start-up: each is an exception or a warning that says what to do. */
class SandboxStartTest {

    @TempDir
    Path dir;

    @Test
    void aWorkerThatCannotStartIsAnEnvironmentError() throws IOException {
        // Answers the interpreter probe, then fails when started as a worker (with -B).
        Path python = script(
                "broken-python",
                "if [ \"$2\" = \"-B\" ]; then echo 'worker start refused' >&2; exit 1; fi\n" + "exec "
                        + SandboxRequirements.pythonWithSympy() + " \"$@\"\n");
        SandboxUnavailableException e = assertThrows(
                SandboxUnavailableException.class,
                () -> new PotSandbox(new SandboxConfig(python.toString(), 1, 1.0, 256, Isolation.NONE), x -> {}));
        assertTrue(e.getMessage().startsWith("could not start the Python worker " + python + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("worker start refused"), e.getMessage());
    }

    @Test
    void bubblewrapThatCannotRunTheInterpreterFailsOrWarns() throws IOException {
        String real = SandboxRequirements.pythonWithSympy();
        SandboxRequirements.assumeBubblewrap(real);
        // Inside bubblewrap /tmp is a fresh tmpfs, so an interpreter under /tmp is not there.
        assumeTrue(dir.startsWith("/tmp"), "the temporary directory is not under /tmp: " + dir);
        Path python = script("python-in-tmp", "exec " + real + " \"$@\"\n");

        SandboxUnavailableException e = assertThrows(
                SandboxUnavailableException.class,
                () -> new PotSandbox(new SandboxConfig(python.toString(), 1, 1.0, 256, Isolation.BWRAP), x -> {}));
        assertTrue(
                e.getMessage().startsWith("siked.sandbox.isolation=bwrap, but bwrap could not start " + python),
                e.getMessage());
        assertTrue(
                e.getMessage()
                        .endsWith("or set siked.sandbox.isolation=auto to fall back to the" + " worker's own limits."),
                e.getMessage());

        List<Event> events = new CopyOnWriteArrayList<>();
        try (PotSandbox sandbox =
                new PotSandbox(new SandboxConfig(python.toString(), 1, 1.0, 256, Isolation.AUTO), events::add)) {
            assertFalse(sandbox.isolated());
            assertEquals(new SandboxResult.Answer("12"), sandbox.run("answer = 3 * 4"));
        }
        assertTrue(
                events.stream()
                        .anyMatch(event -> event instanceof Event.Warning warning
                                && warning.message()
                                        .startsWith("sandbox: running without OS isolation because bwrap could"
                                                + " not start " + python)),
                events.toString());
    }

    private Path script(String name, String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body);
        assumeTrue(script.toFile().setExecutable(true), "cannot make a script executable here");
        return script;
    }
}
