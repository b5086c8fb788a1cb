package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;

/**
 * The decoder's fixed arrays in one compute dtype (float32, or float16 for mixed precision): the
 * attention scale, the rotate-half matrix, the GELU constants and Gemma's embedding scale. An op
 * between arrays of two dtypes would either fail (matmul) or silently promote the activations
 * back to float32 (mul, add), so each dtype gets its own copies. They are arrays owned by the
 * model, never Java numbers: DJL's scalar operands can be freed before backward runs.
 *
 * <p>RMSNorm's epsilon is float32 in every dtype: the norm itself always runs in float32.
 */
final class Constants {

    /** The dtype activations have in a forward pass with these constants. */
    final DataType type;
    /** 1/√head_dim, (). */
    final NDArray attentionScale;
    /** (head_dim, head_dim): x.matMul(rotateHalf) == rotate_half(x); see {@link Rope}. */
    final NDArray rotateHalf;
    /** 2·√(2/π) and 2·√(2/π)·0.044715, for GELU-tanh written as a sigmoid ({@link GatedMlp}). */
    final NDArray geluLinear;

    final NDArray geluCubic;
    /** √hidden for Gemma, null for families that do not scale embeddings. */
    final NDArray embeddingScale;

    Constants(ModelConfig config, DataType type, NDManager manager) {
        if (type != DataType.FLOAT32 && type != DataType.FLOAT16) {
            throw new IllegalArgumentException("the decoder computes in float32 or float16, not " + type);
        }
        this.type = type;
        int headDim = config.attention().headDim();
        attentionScale = scalar(manager, (float) (1 / Math.sqrt(headDim)));
        rotateHalf = cast(Rope.rotateHalfMatrix(manager, headDim));
        double c = 2 * Math.sqrt(2 / Math.PI);
        geluLinear = scalar(manager, (float) c);
        geluCubic = scalar(manager, (float) (c * 0.044715));
        embeddingScale = config.architecture().scalesEmbeddings()
                ? scalar(manager, (float) Math.sqrt(config.dimensions().hiddenSize()))
                : null;
    }

    /**
     * {@code array}, float32, in this dtype: itself for float32 (no native call, so the float32
     * path keeps its op count), else a converted copy in the same manager; the original is closed.
     */
    NDArray cast(NDArray array) {
        if (type == DataType.FLOAT32) {
            return array;
        }
        NDArray converted = array.toType(type, false);
        array.close();
        return converted;
    }

    private NDArray scalar(NDManager manager, float value) {
        return cast(manager.create(value));
    }

    /** Whether activations must be widened to float32 for the norms and the softmax. */
    boolean reduced() {
        return type != DataType.FLOAT32;
    }

    /**
     * {@code x} in float32, for a norm or a softmax; x itself when it already is. Differentiable
     * ({@link DifferentiableCast}): training passes go through it.
     */
    NDArray widen(NDArray x) {
        return reduced() ? DifferentiableCast.widen(x) : x;
    }

    /** {@code x} back in the compute dtype after a float32 norm or softmax; differentiable. */
    NDArray narrow(NDArray x) {
        return reduced() ? DifferentiableCast.narrow(x, type) : x;
    }
}
