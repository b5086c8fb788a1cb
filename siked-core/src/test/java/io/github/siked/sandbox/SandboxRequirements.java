package io.github.siked.sandbox;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;

/** Skips tests whose environment is missing, with the reason, instead of failing them. */
final class SandboxRequirements {

    private SandboxRequirements() {}

    /** Debian's /usr/bin/python3 when it has sympy, else whatever auto-resolution finds with sympy. */
    static String pythonWithSympy() {
        for (String requested : new String[] {"/usr/bin/python3", null}) {
            try {
                PythonInterpreter interpreter = PythonInterpreter.resolve(requested);
                if (interpreter.hasSympy()) {
                    return interpreter.executable();
                }
            } catch (SandboxUnavailableException e) {
                // try the next one
            }
        }
        assumeTrue(false, "no Python 3.9+ with sympy here (apt-get install python3-sympy)");
        return null;
    }

    static void assumeBubblewrap(String python) {
        Optional<String> problem = Bubblewrap.problem(python);
        assumeTrue(problem.isEmpty(), () -> "bubblewrap unusable: " + problem.orElse(""));
    }
}
