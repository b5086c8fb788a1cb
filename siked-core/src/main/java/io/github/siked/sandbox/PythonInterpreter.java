package io.github.siked.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Python that runs program-of-thought programs.
 *
 * @param executable the command or path that starts it
 * @param version its version, such as {@code 3.11.2}
 * @param sympyVersion the version of sympy it imports, or null when it has none
 */
public record PythonInterpreter(String executable, String version, String sympyVersion) {

    /** Tried in this order when no interpreter is named. */
    static final List<String> CANDIDATES = List.of("python3", "/usr/bin/python3", "/usr/local/bin/python3");

    private static final String PROBE = "import sys\n"
            + "print('%d.%d.%d' % sys.version_info[:3])\n"
            + "try:\n    import sympy\n    print(sympy.__version__)\n"
            + "except Exception:\n    print('')\n";

    private static final Map<String, PythonInterpreter> RESOLVED = new ConcurrentHashMap<>();

    public boolean hasSympy() {
        return sympyVersion != null;
    }

    /**
     * Finds the interpreter to use. A named one must run and be Python 3.9 or newer. Otherwise the
     * first of {@link #CANDIDATES} that is 3.9+ and has sympy, else the first that is 3.9+.
     *
     * @param requested a command or path, or null to pick one
     * @throws SandboxUnavailableException when none fits, saying how to install one
     */
    public static PythonInterpreter resolve(String requested) {
        return RESOLVED.computeIfAbsent(requested == null ? "" : requested, key -> find(requested));
    }

    private static PythonInterpreter find(String requested) {
        if (requested != null) {
            StringBuilder why = new StringBuilder();
            PythonInterpreter named = probe(requested, why);
            if (named == null) {
                throw new SandboxUnavailableException("siked.python=" + requested + " is not usable: " + why
                        + ". Name a Python 3.9+ interpreter, or leave siked.python out to pick one.");
            }
            return named;
        }
        List<String> tried = new ArrayList<>();
        PythonInterpreter withoutSympy = null;
        for (String candidate : new LinkedHashSet<>(CANDIDATES)) {
            StringBuilder why = new StringBuilder();
            PythonInterpreter found = probe(candidate, why);
            if (found == null) {
                tried.add(candidate + " (" + why + ")");
            } else if (found.hasSympy()) {
                return found;
            } else if (withoutSympy == null) {
                withoutSympy = found;
            }
        }
        if (withoutSympy != null) {
            return withoutSympy;
        }
        throw new SandboxUnavailableException("no Python 3.9+ interpreter found; tried " + String.join(", ", tried)
                + ". Install one (Debian/Ubuntu: apt-get install python3 python3-sympy) or name it with"
                + " -Dsiked.python=/path/to/python3");
    }

    private static PythonInterpreter probe(String executable, StringBuilder why) {
        CommandProbe.Outcome outcome = CommandProbe.run(List.of(executable, "-I", "-c", PROBE), Duration.ofSeconds(60));
        if (!outcome.succeeded()) {
            why.append(outcome.exitCode() < 0 ? "cannot be run" : "exited with " + outcome.exitCode());
            return null;
        }
        String[] lines = (outcome.stdout() + "\n").split("\n", -1);
        String version = lines[0].strip();
        if (!atLeast39(version)) {
            why.append("Python ").append(version).append(" is older than 3.9");
            return null;
        }
        String sympy = lines[1].strip();
        return new PythonInterpreter(executable, version, sympy.isEmpty() ? null : sympy);
    }

    static boolean atLeast39(String version) {
        String[] parts = version.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major > 3 || (major == 3 && minor >= 9);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Why a program that calls {@code name} cannot run here, and the ways to fix it. */
    String missingSympyMessage(String name) {
        return "the program calls sympy's " + name + " but " + executable + " (Python " + version
                + ") has no sympy. Install it: apt-get install python3-sympy (for Debian's"
                + " /usr/bin/python3) or " + executable + " -m pip install sympy; or choose another"
                + " interpreter with -Dsiked.python=/path/to/python3";
    }
}
