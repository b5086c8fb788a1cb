package io.github.siked.djl.probe;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The machine's dense fp32 matmul rate on the engine the model runs on: the yardstick of model
 * FLOPs utilization (MFU, as in PaLM, <a href="https://arxiv.org/abs/2204.02311">arXiv
 * 2204.02311</a>). Measured in the run that uses it, because shared machines drift.
 */
public final class MatmulPeak {

    private MatmulPeak() {}

    /**
     * The best rates of one product: by the wall clock, and by the process's CPU time
     * (meaningful with one torch thread, see {@link CpuClock}).
     */
    public record Rates(double wallFlops, double cpuFlops) {}

    /**
     * The best FLOP/s of {@code rounds} products of two random (size, size) matrices, 2·size³
     * FLOPs each, the result copied out so that the product surely ran.
     */
    public static Rates measure(int size, int rounds) {
        if (size < 1 || rounds < 1) {
            throw new IllegalArgumentException("size and rounds must be positive; were " + size + ", " + rounds);
        }
        double best = 0;
        double bestCpu = 0;
        double flops = 2.0 * size * size * size;
        try (NDManager scope = NDManager.newBaseManager()) {
            NDArray a = scope.randomNormal(new Shape(size, size));
            NDArray b = scope.randomNormal(new Shape(size, size));
            for (int round = 0; round < rounds; round++) {
                CpuClock start = CpuClock.now();
                try (NDArray c = a.matMul(b)) {
                    c.toFloatArray();
                }
                CpuClock end = CpuClock.now();
                best = Math.max(best, flops / end.wallSecondsSince(start));
                bestCpu = Math.max(bestCpu, flops / end.cpuSecondsSince(start));
            }
        }
        return new Rates(best, bestCpu);
    }
}
