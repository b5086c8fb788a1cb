package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Dtype conversions that autograd records. DJL 0.35.1's {@code toType} runs under torch's no-grad
 * guard, so a cast inside a training forward pass would cut the graph: backward would never reach
 * what came before it. These two go through ordinary arithmetic instead, which torch
 * differentiates and whose gradient it converts back to each operand's dtype:
 *
 * <ul>
 *   <li>widening multiplies by a float32 one of shape (1): a dimensioned float32 operand promotes
 *       the product to float32, exactly;
 *   <li>narrowing adds the array in place into float16 zeros: an in-place result keeps its
 *       destination's dtype, rounding once, as a cast does.
 * </ul>
 *
 * <p>Each takes two native calls where a cast takes one, so outside a gradient collector
 * (sampling) they are plain casts.
 */
public final class DifferentiableCast {

    private DifferentiableCast() {}

    /** {@code x} as float32, in x's manager; x itself when it already is (no native call then). */
    public static NDArray widen(NDArray x) {
        if (x.getDataType() == DataType.FLOAT32) {
            return x;
        }
        if (!JniUtils.isGradMode()) {
            return x.toType(DataType.FLOAT32, false);
        }
        return x.mul(x.getManager().ones(new Shape(1), DataType.FLOAT32));
    }

    /** {@code x} as {@code type}, in x's manager; x itself when it already is. */
    public static NDArray narrow(NDArray x, DataType type) {
        if (x.getDataType() == type) {
            return x;
        }
        if (!JniUtils.isGradMode()) {
            return x.toType(type, false);
        }
        NDArray narrowed = x.getManager().zeros(x.getShape(), type);
        narrowed.addi(x);
        return narrowed;
    }
}
