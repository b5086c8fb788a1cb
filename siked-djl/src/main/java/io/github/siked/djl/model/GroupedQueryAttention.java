package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.core.Linear;
import java.util.Optional;

/**
 * Causal self-attention with grouped-query attention (Ainslie et al.,
 * <a href="https://arxiv.org/abs/2305.13245">arXiv 2305.13245</a>): query head h reads key/value
 * head h / group, as transformers' repeat_kv does. Instead of repeating keys and values, the
 * queries of one group are stacked along the sequence axis, (batch, kv_heads, group·seq,
 * head_dim), so one batched matmul serves the whole group without copying the cache.
 *
 * <p>In float16 the softmax runs in float32 (scores widened, probabilities narrowed back), as
 * transformers' eager attention does: exp of large scores loses all precision in half.
 */
final class GroupedQueryAttention {

    private final int heads;
    private final int kvHeads;
    private final int headDim;
    private final Rope rope;

    GroupedQueryAttention(ModelConfig config, Rope rope) {
        heads = config.attention().numHeads();
        kvHeads = config.attention().numKvHeads();
        headDim = config.attention().headDim();
        this.rope = rope;
    }

    /**
     * Attention output for h, (batch, seq, hidden), after o_proj. h, the weights, tables and mask
     * are in the constants' dtype.
     *
     * @param mode which keys the queries score: this pass's, the cache's (this layer's new keys and
     *     values are appended to it), or banded windows of packed rows
     * @param layer this layer's index, for the cache and the adapter
     */
    NDArray apply(
            NDArray h,
            LayerWeights w,
            NDArray[] ropeTables,
            AttentionMode mode,
            int layer,
            Adapter adapter,
            Constants constants) {
        long batch = h.getShape().get(0);
        long seq = h.getShape().get(1);
        // (batch, seq, heads + 2·kv_heads, head_dim), contiguous
        NDArray fused = adapter.adapt(
                        layer,
                        Adapter.Site.QKV,
                        h,
                        Linear.linear(h, w.qkv(), w.qkvBias()).head())
                .reshape(batch, seq, heads + 2 * kvHeads, headDim);
        // rotate_half of every head while the array is contiguous (the values' share is unused), then
        // both -> (batch, heads + 2·kv_heads, seq, head_dim)
        NDArray rotated = rope.rotateHalf(fused, constants).transpose(0, 2, 1, 3);
        NDList qkAndV = fused.transpose(0, 2, 1, 3).split(new long[] {heads + kvHeads}, 1);
        // RoPE on queries and keys together: (batch, heads + kv_heads, seq, head_dim)
        NDArray rotatedQk = rotated.split(new long[] {heads + kvHeads}, 1).get(0);
        NDList qk = rope.apply(qkAndV.get(0), rotatedQk, ropeTables).split(new long[] {heads}, 1);
        NDArray values = qkAndV.get(1);
        NDArray attended;
        if (mode instanceof AttentionMode.Banded banded) {
            attended = banded.windows()
                    .attend(qk.get(0).mul(constants.attentionScale), qk.get(1), values, kvHeads, constants);
        } else if (mode instanceof AttentionMode.Cached cached) {
            // Keys are kept transposed, (batch, kv_heads, head_dim, keys), so the cache is never
            // transposed: an op on a cached array would leave its result in the cache's manager.
            NDArray[] all = cached.cache().append(layer, qk.get(1).transpose(0, 1, 3, 2), values);
            attended = scored(qk.get(0), all[0], all[1], cached.mask(), constants);
        } else {
            AttentionMode.Full full = (AttentionMode.Full) mode;
            attended = scored(qk.get(0), qk.get(1).transpose(0, 1, 3, 2), values, full.mask(), constants);
        }
        return adapter.adapt(
                layer,
                Adapter.Site.OUTPUT,
                attended,
                Linear.linear(attended, w.output()).head());
    }

    /**
     * Softmax attention of queries (batch, heads, seq, head_dim) over every key, keysT (batch,
     * kv_heads, head_dim, keys) and values (batch, kv_heads, keys, head_dim), hidden by the mask
     * where there is one: (batch, seq, heads·head_dim).
     */
    private NDArray scored(
            NDArray queries, NDArray keysT, NDArray values, Optional<NDArray> mask, Constants constants) {
        long batch = queries.getShape().get(0);
        long seq = queries.getShape().get(2);
        long group = heads / kvHeads;
        long keyCount = keysT.getShape().get(3);
        // (batch, kv_heads, group·seq, head_dim), scaled by 1/√head_dim before the product.
        NDArray grouped = queries.reshape(batch, kvHeads, group * seq, headDim).mul(constants.attentionScale);
        // (batch, kv_heads, group·seq, keys)
        NDArray scores = grouped.matMul(keysT);
        if (mask.isPresent() && seq == 1) {
            // A decode step's mask, (batch, 1, 1, keys), broadcasts over heads and the group as is.
            scores = scores.add(mask.get());
        } else if (mask.isPresent()) {
            // The mask is per (row, query, key): view the group as its own axis to broadcast over it.
            scores = scores.reshape(batch, kvHeads, group, seq, keyCount)
                    .add(mask.get())
                    .reshape(batch, kvHeads, group * seq, keyCount);
        }
        NDArray probabilities = constants.narrow(constants.widen(scores).softmax(-1));
        // (batch, kv_heads, group·seq, head_dim) -> (batch, seq, heads·head_dim); with one new token
        // the heads already sit in order, so a reshape alone does it (two native calls fewer a layer).
        NDArray attended = probabilities.matMul(values);
        return seq == 1
                ? attended.reshape(batch, 1, (long) heads * headDim)
                : attended.reshape(batch, heads, seq, headDim)
                        .transpose(0, 2, 1, 3)
                        .reshape(batch, seq, (long) heads * headDim);
    }
}
