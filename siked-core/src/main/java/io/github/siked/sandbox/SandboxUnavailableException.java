package io.github.siked.sandbox;

/**
 * The sandbox cannot run programs on this machine: no suitable Python, no sympy for a program
 * that needs it, or bubblewrap required but unusable. The message says how to fix it. Programs
 * that misbehave never cause this; they get a {@link SandboxResult}.
 */
public final class SandboxUnavailableException extends RuntimeException {

    public SandboxUnavailableException(String message) {
        super(message);
    }

    public SandboxUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
