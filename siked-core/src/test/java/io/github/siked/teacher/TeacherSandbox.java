package io.github.siked.teacher;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.siked.event.EventListener;
import io.github.siked.sandbox.PotSandbox;
import io.github.siked.sandbox.PythonInterpreter;
import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.sandbox.SandboxUnavailableException;

/** The program sandbox for grading pot rationales, or a skipped test when this machine has none. */
public final class TeacherSandbox {

    private TeacherSandbox() {}

    /** A sandbox on the auto-resolved Python with sympy, two workers; skips the test without one. */
    public static PotSandbox start() {
        PythonInterpreter python = null;
        try {
            python = PythonInterpreter.resolve(null);
        } catch (SandboxUnavailableException e) {
            assumeTrue(false, "no Python 3.9+ here: " + e.getMessage());
        }
        assumeTrue(python.hasSympy(), "no sympy for " + python.executable() + " (apt-get install python3-sympy)");
        return new PotSandbox(
                SandboxConfig.defaults().withPython(python.executable()).withWorkers(2), EventListener.NONE);
    }
}
