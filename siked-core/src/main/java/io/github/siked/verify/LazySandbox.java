package io.github.siked.verify;

import io.github.siked.event.EventListener;
import io.github.siked.sandbox.PotSandbox;
import io.github.siked.sandbox.SandboxConfig;
import java.util.function.Supplier;

/**
 * Starts the sandbox when the first program needs it: grading prose needs no Python, and a file
 * of cot samples should grade on a machine that has none.
 */
final class LazySandbox implements Supplier<PotSandbox>, AutoCloseable {

    private final SandboxConfig config;
    private final EventListener listener;
    private PotSandbox sandbox;

    LazySandbox(SandboxConfig config, EventListener listener) {
        this.config = config;
        this.listener = listener;
    }

    @Override
    public synchronized PotSandbox get() {
        if (sandbox == null) {
            sandbox = new PotSandbox(config, listener);
        }
        return sandbox;
    }

    /** The Python version the programs ran under, or null when no program ran. */
    synchronized String pythonVersion() {
        if (sandbox == null) {
            return null;
        }
        var python = sandbox.interpreter();
        return python.executable() + " (Python " + python.version()
                + (python.hasSympy() ? ", sympy " + python.sympyVersion() : ", no sympy") + ")";
    }

    @Override
    public synchronized void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
