/**
 * Measurement helpers for {@code bench/run student}: the dense matmul peak, training and sampling
 * throughput of the real trainer and generator. They live here because only siked-djl may import
 * {@code ai.djl}; the benchmark program in siked-bench calls them and prints the table.
 *
 * <p>Package graph: {@code probe} → {@code model}, {@code train}, {@code sample}, and the core's
 * {@code student} and {@code event}. Nothing in the engine depends on it.
 */
package io.github.siked.djl.probe;
