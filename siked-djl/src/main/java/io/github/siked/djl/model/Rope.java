package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Rotary position embeddings (Su et al., RoFormer,
 * <a href="https://arxiv.org/abs/2104.09864">arXiv 2104.09864</a>) in Hugging Face's
 * rotate_half convention: x·cos + rotate_half(x)·sin, where rotate_half(x) = [-x₂, x₁] for the two
 * halves of a head and frequency i is θ^(-2i/head_dim), repeated over both halves.
 *
 * <p>rotate_half is done as one matmul with a fixed ±1 permutation matrix instead of slice, negate
 * and concatenate: one native op instead of four. The cos and sin tables are built in Java for
 * each row's positions, so ragged batches cost nothing extra.
 */
final class Rope {

    private final int headDim;
    private final float[] inverseFrequencies;

    Rope(ModelConfig config) {
        headDim = config.attention().headDim();
        int half = headDim / 2;
        inverseFrequencies = new float[half];
        for (int i = 0; i < half; i++) {
            // float32 steps as transformers computes them, so long positions round alike.
            float exponent = (float) (2 * i) / headDim;
            inverseFrequencies[i] = (float) (1.0 / Math.pow(config.positions().ropeTheta(), exponent));
        }
    }

    /** The float32 (head_dim, head_dim) ±1 matrix with x.matMul(it) == rotate_half(x). */
    static NDArray rotateHalfMatrix(NDManager manager, int headDim) {
        int half = headDim / 2;
        float[] matrix = new float[headDim * headDim];
        for (int j = 0; j < half; j++) {
            matrix[(j + half) * headDim + j] = -1f;
            matrix[j * headDim + j + half] = 1f;
        }
        return manager.create(matrix, new Shape(headDim, headDim));
    }

    /**
     * cos and sin for each row's positions, each (batch, 1, seq, head_dim) to broadcast over heads.
     * Row r's token j sits at position past + j - leftPadding[r]; pad slots get position 0.
     */
    NDArray[] tables(NDManager manager, int[] leftPadding, int past, int seq, Constants constants) {
        int[][] positions = new int[leftPadding.length][seq];
        for (int r = 0; r < leftPadding.length; r++) {
            for (int j = 0; j < seq; j++) {
                positions[r][j] = Math.max(0, past + j - leftPadding[r]);
            }
        }
        return tables(manager, positions, constants);
    }

    /**
     * cos and sin for explicit positions, (batch, seq) in, each (batch, 1, seq, head_dim) out, in
     * the constants' dtype. The angles are computed in float32 in Java either way, so a float16
     * table is the float32 one rounded once.
     */
    NDArray[] tables(NDManager manager, int[][] positions, Constants constants) {
        int batch = positions.length;
        int seq = batch == 0 ? 0 : positions[0].length;
        int half = headDim / 2;
        float[] cos = new float[batch * seq * headDim];
        float[] sin = new float[cos.length];
        for (int r = 0; r < batch; r++) {
            for (int j = 0; j < seq; j++) {
                float position = positions[r][j];
                int base = (r * seq + j) * headDim;
                for (int i = 0; i < half; i++) {
                    float angle = position * inverseFrequencies[i];
                    float c = (float) Math.cos(angle);
                    float s = (float) Math.sin(angle);
                    cos[base + i] = c;
                    cos[base + i + half] = c;
                    sin[base + i] = s;
                    sin[base + i + half] = s;
                }
            }
        }
        Shape shape = new Shape(batch, 1, seq, headDim);
        return new NDArray[] {constants.cast(manager.create(cos, shape)), constants.cast(manager.create(sin, shape))};
    }

    /**
     * rotate_half(x) for x (..., head_dim). Give it a contiguous array (the fused projection's
     * output before heads are split off and transposed): on a strided view without gradients,
     * torch's matmul does not fold the leading axes into one matrix product but broadcasts the
     * (head_dim, head_dim) matrix over them and copies it for a batched product, which took 0.7 ms
     * a layer at batch 64 here, more than the attention itself.
     */
    NDArray rotateHalf(NDArray x, Constants constants) {
        return x.matMul(constants.rotateHalf);
    }

    /**
     * Rotates x, (batch, heads, seq, head_dim), by tables from {@link #tables}, given {@code
     * rotated} = {@link #rotateHalf}(x) in the same layout.
     */
    NDArray apply(NDArray x, NDArray rotated, NDArray[] tables) {
        return x.mul(tables[0]).add(rotated.mul(tables[1]));
    }
}
