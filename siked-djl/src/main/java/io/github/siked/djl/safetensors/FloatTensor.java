package io.github.siked.djl.safetensors;

import java.util.Arrays;

/**
 * A dense row-major tensor of floats, whatever type it was stored as.
 *
 * @param shape the dimensions, outermost first; empty for a scalar
 * @param values the elements in row-major order; the record holds the array as given (no copy)
 */
public record FloatTensor(long[] shape, float[] values) {

    public FloatTensor {
        if (shape == null || values == null) {
            throw new IllegalArgumentException("a tensor needs a shape and values");
        }
        long count = elementCount(shape);
        if (count != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + count + " elements but "
                    + values.length + " values were given");
        }
    }

    /** The product of the dimensions; -1 when one is negative or the product passes int range. */
    public static long elementCount(long[] shape) {
        long count = 1;
        for (long dimension : shape) {
            if (dimension < 0) {
                return -1;
            }
            count *= dimension;
            if (count > Integer.MAX_VALUE) {
                return -1;
            }
        }
        return count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FloatTensor that
                && Arrays.equals(shape, that.shape)
                && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "FloatTensor" + Arrays.toString(shape);
    }
}
