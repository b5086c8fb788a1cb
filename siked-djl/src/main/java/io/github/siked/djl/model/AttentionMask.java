package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.Optional;

/**
 * The additive attention mask for a left-padded batch: 0 where query i may see key j, -∞ where
 * not. A query sees the keys at or before it (causal) that are not padding. A padding query sees
 * only itself, so that no softmax row is all -∞ (which would give NaN); its output is never used.
 */
final class AttentionMask {

    private AttentionMask() {}

    /**
     * The mask for {@code seq} new tokens after {@code past} cached ones, (batch, 1, 1, seq, past +
     * seq) to broadcast over (batch, kv_heads, group, seq, keys); (1, 1, 1, seq, keys) when no row
     * is padded; empty when every key is visible (one new token and no padding). For one new token
     * it is (batch, 1, 1, keys), to broadcast over (batch, kv_heads, group, keys) without a reshape.
     * In the constants' dtype: -∞ is exact in float16 too.
     */
    static Optional<NDArray> build(NDManager manager, int[] leftPadding, int past, int seq, Constants constants) {
        boolean padded = Arrays.stream(leftPadding).anyMatch(p -> p > 0);
        if (!padded && seq == 1) {
            return Optional.empty();
        }
        int rows = padded ? leftPadding.length : 1;
        int keys = past + seq;
        float[] mask = new float[rows * seq * keys];
        for (int r = 0; r < rows; r++) {
            int padding = padded ? leftPadding[r] : 0;
            for (int i = 0; i < seq; i++) {
                int query = past + i;
                int base = (r * seq + i) * keys;
                for (int j = 0; j < keys; j++) {
                    boolean visible = j <= query && (j >= padding || j == query);
                    mask[base + j] = visible ? 0f : Float.NEGATIVE_INFINITY;
                }
            }
        }
        Shape shape = seq == 1 ? new Shape(rows, 1, 1, keys) : new Shape(rows, 1, 1, seq, keys);
        return Optional.of(constants.cast(manager.create(mask, shape)));
    }

    /**
     * The block-diagonal causal mask of packed rows, (batch, 1, 1, seq, seq): a query sees the keys
     * at or before it in its own example (same segment id). Padding (segment 0) sees earlier padding
     * and itself, so no softmax row is all -∞; its outputs carry no loss.
     */
    static NDArray packed(NDManager manager, int[][] segments, Constants constants) {
        int rows = segments.length;
        int seq = segments[0].length;
        float[] mask = new float[rows * seq * seq];
        Arrays.fill(mask, Float.NEGATIVE_INFINITY);
        for (int r = 0; r < rows; r++) {
            int[] segment = segments[r];
            for (int i = 0; i < seq; i++) {
                int base = (r * seq + i) * seq;
                for (int j = i; j >= 0 && segment[j] == segment[i]; j--) {
                    mask[base + j] = 0f;
                }
            }
        }
        return constants.cast(manager.create(mask, new Shape(rows, 1, 1, seq, seq)));
    }
}
