/**
 * Measurement helpers for {@code bench/run student}: the dense matmul peak, training and sampling
 * throughput of the real trainer and generator. They live here because only siked-djl may import
 * {@code ai.djl}; the benchmark program in siked-bench calls them and prints the table.
 */
package io.github.siked.djl.probe;
