package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.util.Arrays;

/**
 * Keys and values of the tokens a batch has seen, per layer, for incremental decoding.
 *
 * <p>Ragged batches are left-padded: row r starts with {@code leftPadding[r]} pad slots, which the
 * attention mask hides and which do not count as positions, so every row's next token sits in
 * the same column and one decode step serves the whole batch. The cache owns its arrays in a
 * manager of its own, so a caller may close a per-step manager after each step.
 */
public final class KvCache implements AutoCloseable {

    private final NDManager manager;
    private int[] leftPadding;
    private final NDArray[] keys;
    private final NDArray[] values;
    private int length;
    private long reserved;

    KvCache(NDManager parent, int layers, int[] leftPadding) {
        for (int padding : leftPadding) {
            if (padding < 0) {
                throw new IllegalArgumentException("left padding must be 0 or more; was " + padding);
            }
        }
        this.manager = parent.newSubManager();
        this.leftPadding = leftPadding.clone();
        this.keys = new NDArray[layers];
        this.values = new NDArray[layers];
    }

    /** Pad slots at the start of each row. */
    public int[] leftPadding() {
        return leftPadding.clone();
    }

    int[] paddingView() {
        return leftPadding;
    }

    public int batchSize() {
        return leftPadding.length;
    }

    /** Token slots cached per row, pad slots included. */
    public int length() {
        return length;
    }

    /**
     * Appends one layer's new keys, transposed to (batch, kv_heads, head_dim, seq), and values,
     * (batch, kv_heads, seq, head_dim), and returns all of them (for fewer rows than the cache holds:
     * its leading rows, see {@link Decoder#nextLogitsOfLeadingRows}): {keys (batch, kv_heads, head_dim,
     * length + seq), values (batch, kv_heads, length + seq, head_dim)}, views that belong to the
     * new keys' manager (the step's). Callers must not make them the first operand of an op.
     *
     * <p>The arrays are allocated with room to spare (doubling) and written in place: appending by
     * concatenation copied the whole cache at every step, which dominated decode steps of large
     * batches.
     */
    NDArray[] append(int layer, NDArray newKeys, NDArray newValues) {
        long rows = newKeys.getShape().get(0);
        long seq = newKeys.getShape().get(3);
        long filled = length;
        long needed = filled + seq;
        if (keys[layer] == null || keys[layer].getShape().get(3) < needed) {
            grow(layer, newKeys, newValues, Math.max(Math.max(needed, reserved), 2 * capacity(layer)));
        }
        NDArray allKeys;
        NDArray allValues;
        if (rows == leftPadding.length) {
            // An ellipsis, not ":, :, :": DJL turns each ":" into a native slice call of its own, and a
            // decode step at batch 1 is bound by the count of native calls.
            keys[layer].set(new NDIndex("..., {}:{}", filled, needed), newKeys);
            values[layer].set(new NDIndex("..., {}:{}, :", filled, needed), newValues);
            allKeys = keys[layer].get(new NDIndex("..., :{}", needed));
            allValues = values[layer].get(new NDIndex("..., :{}, :", needed));
        } else {
            // Leading rows only (a prefill chunk that is all padding in the other rows, whose slots
            // stay zero and hidden by the mask).
            keys[layer].set(new NDIndex(":{}, :, :, {}:{}", rows, filled, needed), newKeys);
            values[layer].set(new NDIndex(":{}, :, {}:{}", rows, filled, needed), newValues);
            allKeys = keys[layer].get(new NDIndex(":{}, :, :, :{}", rows, needed));
            allValues = values[layer].get(new NDIndex(":{}, :, :{}", rows, needed));
        }
        // The views' handles go with the step; the storage stays with the cache's arrays.
        allKeys.attach(newKeys.getManager());
        allValues.attach(newKeys.getManager());
        return new NDArray[] {allKeys, allValues};
    }

    /**
     * Sizes the arrays for {@code slots} slots in all (pad slots included) when they are first
     * made, so that a generation of known length never grows them by copying.
     */
    public void reserve(int slots) {
        reserved = slots;
    }

    private long capacity(int layer) {
        return keys[layer] == null ? 0 : keys[layer].getShape().get(3);
    }

    /** Moves one layer into arrays of {@code capacity} slots, the filled ones copied over. */
    private void grow(int layer, NDArray newKeys, NDArray newValues, long capacity) {
        long[] k = newKeys.getShape().getShape().clone();
        long[] v = newValues.getShape().getShape().clone();
        k[0] = leftPadding.length;
        v[0] = leftPadding.length;
        k[3] = capacity;
        v[2] = capacity;
        NDArray grownKeys =
                manager.zeros(new ai.djl.ndarray.types.Shape(k), newKeys.getDataType(), newKeys.getDevice());
        NDArray grownValues =
                manager.zeros(new ai.djl.ndarray.types.Shape(v), newValues.getDataType(), newValues.getDevice());
        if (keys[layer] != null && length > 0) {
            try (NDManager scope = manager.newSubManager()) {
                NDArray oldKeys = keys[layer].get(new NDIndex(":, :, :, :{}", length));
                NDArray oldValues = values[layer].get(new NDIndex(":, :, :{}", length));
                oldKeys.attach(scope);
                oldValues.attach(scope);
                grownKeys.set(new NDIndex(":, :, :, :{}", length), oldKeys);
                grownValues.set(new NDIndex(":, :, :{}", length), oldValues);
            }
        }
        if (keys[layer] != null) {
            keys[layer].close();
            values[layer].close();
        }
        keys[layer] = grownKeys;
        values[layer] = grownValues;
    }

    /** Records that every layer now holds {@code seq} more slots. */
    void advance(int seq) {
        length += seq;
    }

    /**
     * Keeps only {@code rows} (increasing indices), for instance the rows of a batch still
     * generating, and drops the pad slots that all of them share, so that later steps spend no work
     * on ended rows. Positions are unchanged: a row's position is its slot minus its padding, and
     * both fall by the same amount.
     */
    public void retainRows(int[] rows) {
        int previous = -1;
        for (int row : rows) {
            if (row <= previous || row >= leftPadding.length) {
                throw new IllegalArgumentException("rows to keep must increase and lie in [0, " + leftPadding.length
                        + "); were " + Arrays.toString(rows));
            }
            previous = row;
        }
        int[] padding = Arrays.stream(rows).map(r -> leftPadding[r]).toArray();
        int shared = Math.min(length, Arrays.stream(padding).min().orElse(0));
        try (NDManager scope = manager.newSubManager()) {
            NDArray index = scope.create(Arrays.stream(rows).asLongStream().toArray());
            for (int layer = 0; layer < keys.length; layer++) {
                if (keys[layer] == null) {
                    continue;
                }
                // keys (batch, kv_heads, head_dim, slots), values (batch, kv_heads, slots, head_dim)
                NDArray maskedKeys = keys[layer].get(new NDIndex("{}", index));
                NDArray maskedValues = values[layer].get(new NDIndex("{}", index));
                NDArray k = maskedKeys.get(new NDIndex(":, :, :, {}:", shared));
                NDArray v = maskedValues.get(new NDIndex(":, :, {}:", shared));
                k.attach(manager);
                v.attach(manager);
                // The slices keep their storage alive; the handles of the full copies can go now.
                maskedKeys.close();
                maskedValues.close();
                keys[layer].close();
                values[layer].close();
                keys[layer] = k;
                values[layer] = v;
            }
        }
        leftPadding = Arrays.stream(padding).map(p -> p - shared).toArray();
        length -= shared;
    }

    @Override
    public void close() {
        manager.close();
    }
}
