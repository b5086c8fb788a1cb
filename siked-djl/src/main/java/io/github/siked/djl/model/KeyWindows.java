package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.Optional;

/**
 * Banded attention for packed training rows. A query of a packed row sees only the earlier keys of
 * its own example, so most of a full (seq, seq) score matrix is masked away: four examples of 64
 * tokens in a row of 256 use a quarter of it. Here the queries are cut into blocks of {@code
 * block} tokens and each block reads only the {@code window} keys that end with it, which hold
 * every key its queries may see (the window is the widest reach back of any block in the batch).
 * The scores then cost (seq / block) · window per row instead of seq², with the same result:
 * the keys left out were masked anyway.
 *
 * <p>The windows are slices of the keys and values padded in front by window − block zero slots
 * (masked), stacked into (batch, kv_heads, blocks, window, head_dim); their gradients flow back
 * through the slices. A block's queries of one key/value head and all of its group share one
 * matmul, as in {@link GroupedQueryAttention}.
 */
final class KeyWindows {

    /** Query block sizes tried; blocks below 32 cost more in per-block slices than they save. */
    private static final int[] BLOCKS = {32, 64, 128};
    /** Windows are used only when they cut the scores to this share of full attention or less. */
    private static final double MAX_SHARE = 0.75;

    private final int block;
    private final int window;
    private final int seq;
    private final NDArray mask;

    private KeyWindows(int block, int window, int seq, NDArray mask) {
        this.block = block;
        this.window = window;
        this.seq = seq;
        this.mask = mask;
    }

    /**
     * The windows for packed rows with these segment ids (0 on padding, contiguous ids), or empty
     * when full attention costs about as little (one long example, a short row); the mask in the
     * constants' dtype.
     */
    static Optional<KeyWindows> plan(NDManager manager, int[][] segments, Constants constants) {
        int seq = segments.length == 0 ? 0 : segments[0].length;
        int[][] starts = segmentStarts(segments);
        // A query row costs window scores (and as many softmax terms): the narrowest window wins,
        // the larger block on a tie (fewer slices); full attention when that saves little.
        int bestBlock = 0;
        int bestWindow = (int) (MAX_SHARE * seq);
        for (int block : BLOCKS) {
            if (seq % block != 0 || block >= seq) {
                continue;
            }
            int window = window(segments, starts, block);
            if (window <= bestWindow) {
                bestBlock = block;
                bestWindow = window;
            }
        }
        if (bestBlock == 0) {
            return Optional.empty();
        }
        return Optional.of(new KeyWindows(
                bestBlock, bestWindow, seq, constants.cast(mask(manager, segments, starts, bestBlock, bestWindow))));
    }

    int block() {
        return block;
    }

    int window() {
        return window;
    }

    /**
     * Attention output, (batch, seq, heads · head_dim), for queries (batch, heads, seq, head_dim)
     * already scaled by 1/√head_dim, and keys and values (batch, kv_heads, seq, head_dim), all in
     * the constants' dtype; the softmax runs in float32, as in {@link GroupedQueryAttention}.
     */
    NDArray attend(NDArray queries, NDArray keys, NDArray values, int kvHeads, Constants constants) {
        long batch = queries.getShape().get(0);
        long heads = queries.getShape().get(1);
        long headDim = queries.getShape().get(3);
        long group = heads / kvHeads;
        int blocks = seq / block;
        // (batch, kv_heads, blocks, window, head_dim), keys transposed for the product.
        NDArray windowKeys = windows(keys, blocks).transpose(0, 1, 2, 4, 3);
        NDArray windowValues = windows(values, blocks);
        // (batch, heads, seq, d) -> (batch, kv, group, blocks, block, d) -> (batch, kv, blocks,
        // group·block, d): one product per block and key/value head serves its whole query group.
        NDArray blockQueries = queries.reshape(batch, kvHeads, group, blocks, block, headDim)
                .transpose(0, 1, 3, 2, 4, 5)
                .reshape(batch, kvHeads, blocks, group * block, headDim);
        // (batch, kv, blocks, group·block, window); the mask, (batch, 1, blocks, 1, block, window),
        // broadcasts over key/value heads and the group.
        NDArray scores = blockQueries
                .matMul(windowKeys)
                .reshape(batch, kvHeads, blocks, group, block, window)
                .add(mask)
                .reshape(batch, kvHeads, blocks, group * block, window);
        NDArray attended = constants.narrow(constants.widen(scores).softmax(-1)).matMul(windowValues);
        // (batch, kv, blocks, group, block, d) -> (batch, blocks, block, kv, group, d): head
        // kv·group + g in order, as (batch, seq, heads·d).
        return attended.reshape(batch, kvHeads, blocks, group, block, headDim)
                .transpose(0, 2, 4, 1, 3, 5)
                .reshape(batch, seq, heads * headDim);
    }

    /** (batch, kv, seq, d) -> (batch, kv, blocks, window, d): block i reads slots [i·block + block − window, i·block + block). */
    private NDArray windows(NDArray x, int blocks) {
        Shape shape = x.getShape();
        int front = window - block;
        NDArray padded = x;
        if (front > 0) {
            NDArray zeros = x.getManager()
                    .zeros(new Shape(shape.get(0), shape.get(1), front, shape.get(3)), x.getDataType(), x.getDevice());
            padded = zeros.concat(x, 2);
        }
        NDList slices = new NDList(blocks);
        for (int i = 0; i < blocks; i++) {
            slices.add(padded.get(new NDIndex(":, :, {}:{}", i * block, i * block + window)));
        }
        return NDArrays.stack(slices, 2);
    }

    /** starts[r][t]: the slot where the example of row r's token t begins. */
    private static int[][] segmentStarts(int[][] segments) {
        int[][] starts = new int[segments.length][];
        for (int r = 0; r < segments.length; r++) {
            int[] segment = segments[r];
            starts[r] = new int[segment.length];
            for (int t = 0; t < segment.length; t++) {
                starts[r][t] = t > 0 && segment[t] == segment[t - 1] ? starts[r][t - 1] : t;
            }
        }
        return starts;
    }

    /**
     * The widest reach back of any block: from the start of the example of the block's first
     * token to the block's end, rounded up to a multiple of 8. Padding is left out: it needs to
     * see only itself (its outputs carry no loss), which every window holds.
     */
    private static int window(int[][] segments, int[][] starts, int block) {
        int widest = block;
        for (int r = 0; r < segments.length; r++) {
            for (int from = 0; from < segments[r].length; from += block) {
                int first = from;
                while (first < from + block && segments[r][first] == 0) {
                    first++;
                }
                if (first < from + block) {
                    widest = Math.max(widest, from + block - starts[r][first]);
                }
            }
        }
        return (widest + 7) / 8 * 8;
    }

    /**
     * (batch, 1, blocks, 1, block, window): 0 where query q of a block may see window slot k, −∞
     * elsewhere. Slot k of block i is key i·block + block − window + k; a query sees the keys at or
     * before it in its own example (padding, segment 0: the padding run before it and itself, as in
     * {@link AttentionMask#packed}).
     */
    private static NDArray mask(NDManager manager, int[][] segments, int[][] starts, int block, int window) {
        int rows = segments.length;
        int seq = segments[0].length;
        int blocks = seq / block;
        float[] mask = new float[rows * seq * window];
        Arrays.fill(mask, Float.NEGATIVE_INFINITY);
        for (int r = 0; r < rows; r++) {
            for (int query = 0; query < seq; query++) {
                int blockStart = query / block * block;
                int firstKey = blockStart + block - window;
                // Row-major (blocks, block, window) is (seq, window): query q's slots start at q·window.
                int base = (r * seq + query) * window;
                for (int key = Math.max(starts[r][query], firstKey); key <= query; key++) {
                    mask[base + key - firstKey] = 0f;
                }
            }
        }
        return manager.create(mask, new Shape(rows, 1, blocks, 1, block, window));
    }
}
