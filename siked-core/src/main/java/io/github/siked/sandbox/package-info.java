/**
 * The program-of-thought sandbox: {@link io.github.siked.sandbox.PotSandbox} runs model-written
 * Python programs after the SIKeD prelude in persistent worker processes and reads their
 * {@code answer} as a {@link io.github.siked.sandbox.SandboxResult}.
 *
 * <p>Layers, outermost first: bubblewrap (no network, read-only root, private /tmp, own PID
 * namespace) where it works; resource limits (CPU timer with an RLIMIT_CPU backstop, address
 * space, no file writes, no core dumps, no new processes); an audit hook that refuses files,
 * sockets, processes, new imports and reflection while a program runs; sympy with string parsing
 * refused; restricted builtins; and, first of all, a check of the program's syntax tree. The
 * worker's Python sources (prelude.py, check.py, worker.py) sit next to these classes as
 * resources and document each decision.
 */
package io.github.siked.sandbox;
