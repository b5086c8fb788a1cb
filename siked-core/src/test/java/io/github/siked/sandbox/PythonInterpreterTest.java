package io.github.siked.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonInterpreterTest {

    @Test
    void aNamedInterpreterThatCannotRunIsAnErrorSayingWhatToDo() {
        SandboxUnavailableException e = assertThrows(
                SandboxUnavailableException.class, () -> PythonInterpreter.resolve("/nonexistent/siked/python3"));
        assertEquals(
                "siked.python=/nonexistent/siked/python3 is not usable: cannot be run. Name a"
                        + " Python 3.9+ interpreter, or leave siked.python out to pick one.",
                e.getMessage());
    }

    @Test
    void autoResolutionPrefersAnInterpreterWithSympy() {
        String withSympy = SandboxRequirements.pythonWithSympy();
        PythonInterpreter picked = PythonInterpreter.resolve(null);
        assertTrue(picked.hasSympy(), picked + " was picked although " + withSympy + " has sympy");
        assertTrue(PythonInterpreter.atLeast39(picked.version()));
    }

    @Test
    void aProgramNeedingSympyWithoutItSaysHowToInstallIt(@TempDir Path dir) throws IOException {
        // Python without its site directory has no sympy, whatever is installed on this machine.
        Path script = dir.resolve("python3-without-site");
        Files.writeString(script, "#!/bin/sh\nexec " + SandboxRequirements.pythonWithSympy() + " -S \"$@\"\n");
        assumeTrue(script.toFile().setExecutable(true), "cannot make a script executable here");
        PythonInterpreter plain = PythonInterpreter.resolve(script.toString());
        assertFalse(plain.hasSympy(), plain.toString());
        SandboxConfig config = new SandboxConfig(plain.executable(), 1, 2.0, 256, Isolation.NONE);
        try (PotSandbox sandbox = new PotSandbox(config, event -> {})) {
            assertFalse(sandbox.interpreter().hasSympy());
            assertEquals(new SandboxResult.Answer("7"), sandbox.run("answer = 3 + math.floor(4.5)"));
            SandboxUnavailableException e = assertThrows(
                    SandboxUnavailableException.class,
                    () -> sandbox.run("x = Symbol('x')\nanswer = solve_it(Eq(x, 2), x)[x]"));
            assertEquals(
                    "the program calls sympy's Symbol but " + plain.executable() + " (Python "
                            + plain.version() + ") has no sympy. Install it: apt-get install python3-sympy (for"
                            + " Debian's /usr/bin/python3) or " + plain.executable() + " -m pip install sympy; or"
                            + " choose another interpreter with -Dsiked.python=/path/to/python3",
                    e.getMessage());
            assertEquals(new SandboxResult.Answer("2"), sandbox.run("answer = lcm(1, 2)"));
        }
    }
}
