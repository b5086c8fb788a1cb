package io.github.siked.sandbox;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts workers inside bubblewrap: no network, no view of other processes, a read-only root and
 * an empty private {@code /tmp}, killed with the JVM. Probed once per interpreter, because user
 * namespaces are disabled on some machines and in some containers.
 */
final class Bubblewrap {

    static final List<String> OPTIONS = List.of(
            "--unshare-all",
            "--die-with-parent",
            "--new-session",
            "--ro-bind",
            "/",
            "/",
            "--dev",
            "/dev",
            "--proc",
            "/proc",
            "--tmpfs",
            "/tmp");

    private static final Map<String, Optional<String>> PROBLEMS = new ConcurrentHashMap<>();

    private Bubblewrap() {}

    /** The words that go before the interpreter's command line. */
    static List<String> prefix() {
        List<String> words = new ArrayList<>();
        words.add(executable().orElse("bwrap"));
        words.addAll(OPTIONS);
        words.add("--");
        return words;
    }

    /** Why bubblewrap cannot run {@code python} on this machine, or empty when it can. */
    static Optional<String> problem(String python) {
        return PROBLEMS.computeIfAbsent(python, Bubblewrap::probe);
    }

    private static Optional<String> probe(String python) {
        if (executable().isEmpty()) {
            return Optional.of("bwrap is not on PATH (Debian/Ubuntu: apt-get install bubblewrap)");
        }
        List<String> command = new ArrayList<>(prefix());
        command.addAll(List.of(python, "-I", "-c", "print(6 * 7)"));
        CommandProbe.Outcome outcome = CommandProbe.run(command, Duration.ofSeconds(30));
        if (outcome.succeeded() && outcome.stdout().equals("42")) {
            return Optional.empty();
        }
        return Optional.of("bwrap could not start " + python + " (exit " + outcome.exitCode() + ": " + outcome.stderr()
                + "); unprivileged user namespaces may be disabled here");
    }

    private static Optional<String> executable() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            File candidate = new File(dir, "bwrap");
            if (candidate.canExecute()) {
                return Optional.of(candidate.getPath());
            }
        }
        return Optional.empty();
    }
}
