package io.github.siked.djl.model;

import static io.github.siked.djl.model.ReferenceLogitsTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Incremental decoding with the cache against recomputing the whole sequence. */
class KvCacheTest {

    static ModelConfig tinyConfig(Architecture architecture) {
        return ModelConfig.tiny(architecture, 128, 64, 128, 2, 4, 2);
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void cachedLogitsEqualFullRecomputeAtEveryPosition(Architecture architecture) {
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(tinyConfig(architecture), 11, manager)) {
            // Ragged rows: 10, 7 and 3 tokens, left-padded to 10.
            TokenBatch batch = TokenBatch.leftPadded(randomSequences(new Random(5), 10, 7, 3), 0);
            NDArray ids = batch.toArray(manager);
            float[] full = decoder.logits(ids, batch.leftPadding()).toFloatArray();
            int vocab = decoder.config().vocabulary().size();
            try (KvCache cache = decoder.newCache(batch.leftPadding())) {
                // A 6-column prefill (the third row is all padding there), then one column at a time.
                float[] prefill = decoder.logits(ids.get(":, :6"), cache).toFloatArray();
                for (int r = 0; r < batch.rows(); r++) {
                    for (int c = batch.leftPadding()[r]; c < 6; c++) {
                        assertClose(
                                row(full, r, c, batch.columns(), vocab),
                                row(prefill, r, c, 6, vocab),
                                architecture + " prefill row " + r + " column " + c);
                    }
                }
                for (int c = 6; c < batch.columns(); c++) {
                    float[] step = decoder.logits(ids.get(":, " + c + ":" + (c + 1)), cache)
                            .toFloatArray();
                    for (int r = 0; r < batch.rows(); r++) {
                        assertClose(
                                row(full, r, c, batch.columns(), vocab),
                                row(step, r, 0, 1, vocab),
                                architecture + " step row " + r + " column " + c);
                    }
                }
                assertEquals(batch.columns(), cache.length());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama", "qwen2", "gemma"})
    void greedyWithCacheEqualsGreedyWithout(String arch) throws Exception {
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder =
                        Decoder.load(ReferenceLogitsTest.Reference.load(arch).directory(), manager)) {
            TokenBatch prompts = TokenBatch.leftPadded(randomSequences(new Random(9), 3, 6, 1, 4), 0);
            int steps = 12;
            long[][] cached = greedyCached(decoder, manager, prompts, steps);
            long[][] recomputed = greedyRecomputed(decoder, manager, prompts, steps);
            for (int r = 0; r < prompts.rows(); r++) {
                assertArrayEquals(recomputed[r], cached[r], arch + " row " + r);
            }
            // The model is not degenerate: greedy does not just repeat one token everywhere.
            assertEquals(
                    true,
                    Arrays.stream(cached)
                                    .flatMapToLong(Arrays::stream)
                                    .distinct()
                                    .count()
                            > 3);
        }
    }

    private static long[][] greedyCached(Decoder decoder, NDManager parent, TokenBatch prompts, int steps) {
        long[][] out = new long[prompts.rows()][steps];
        try (KvCache cache = decoder.newCache(prompts.leftPadding())) {
            long[] tokens;
            try (NDManager step = parent.newSubManager()) {
                tokens = decoder.nextLogits(prompts.toArray(step), cache)
                        .argMax(1)
                        .toLongArray();
            }
            int arrays = 0;
            for (int s = 0; s < steps; s++) {
                for (int r = 0; r < tokens.length; r++) {
                    out[r][s] = tokens[r];
                }
                // A manager per step, closed after it, as the sampler will do: the cache must survive.
                try (NDManager step = parent.newSubManager()) {
                    NDArray input = step.create(tokens, new Shape(prompts.rows(), 1));
                    tokens = decoder.nextLogits(input, cache).argMax(1).toLongArray();
                }
                if (s == 0) {
                    arrays = parent.getManagedArrays().size();
                }
            }
            assertEquals(arrays, parent.getManagedArrays().size(), "native arrays held after each step");
        }
        return out;
    }

    private static long[][] greedyRecomputed(Decoder decoder, NDManager parent, TokenBatch prompts, int steps) {
        long[][] out = new long[prompts.rows()][steps];
        List<long[]> rows = new ArrayList<>();
        for (int r = 0; r < prompts.rows(); r++) {
            rows.add(Arrays.copyOfRange(prompts.ids(), r * prompts.columns(), (r + 1) * prompts.columns()));
        }
        for (int s = 0; s < steps; s++) {
            int columns = prompts.columns() + s;
            long[] ids = new long[prompts.rows() * columns];
            for (int r = 0; r < prompts.rows(); r++) {
                System.arraycopy(rows.get(r), 0, ids, r * columns, columns);
            }
            try (NDManager step = parent.newSubManager()) {
                NDArray logits =
                        decoder.logits(step.create(ids, new Shape(prompts.rows(), columns)), prompts.leftPadding());
                long[] tokens = logits.get(":, -1, :").argMax(1).toLongArray();
                for (int r = 0; r < prompts.rows(); r++) {
                    out[r][s] = tokens[r];
                    long[] grown = Arrays.copyOf(rows.get(r), columns + 1);
                    grown[columns] = tokens[r];
                    rows.set(r, grown);
                }
            }
        }
        return out;
    }

    static List<int[]> randomSequences(Random random, int... lengths) {
        List<int[]> sequences = new ArrayList<>();
        for (int length : lengths) {
            sequences.add(random.ints(length, 1, 128).toArray());
        }
        return sequences;
    }

    private static float[] row(float[] logits, int r, int c, int columns, int vocab) {
        return Arrays.copyOfRange(logits, (r * columns + c) * vocab, (r * columns + c + 1) * vocab);
    }
}
