package io.github.siked.djl.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decoder computing in float16 against itself in float32, on the committed tiny Llama, Qwen2
 * (q/k/v biases) and Gemma (GeGLU, 1 + w norms, √hidden embedding scale) models: full forward,
 * packed training forward and KV-cache decoding.
 *
 * <p>Tolerance: float16 keeps 11 significant bits, a relative rounding of 2⁻¹¹ ≈ 4.9e-4 per
 * operation. Two layers chain a few dozen roundings (projections accumulate in float32 inside the
 * matmul, norms and softmax run in float32), so a logit carries an error of a few 1e-3 of the
 * logits' scale (measured here: 0.7e-3 to 2.8e-3 over all three models); 1e-2 of the largest
 * |logit| leaves four times that as margin, while a wrong constant or a float32 table promoted by
 * accident shows as a dtype or as errors of order 1. Cached float16 decoding equals the float16
 * recompute exactly here (same operations on the same rounded values).
 */
class HalfPrecisionDecoderTest {

    static final double RELATIVE_TOLERANCE = 1e-2;

    @ParameterizedTest
    @ValueSource(strings = {"llama", "qwen2", "gemma"})
    void fullForwardMatchesFloat32(String arch) throws Exception {
        Path model = ReferenceLogitsTest.Reference.load(arch).directory();
        try (NDManager manager = NDManager.newBaseManager();
                Decoder wide = Decoder.load(model, manager);
                Decoder half = Decoder.load(model, manager, DataType.FLOAT16)) {
            assertEquals(DataType.FLOAT16, half.computeType());
            assertEquals(DataType.FLOAT16, half.weights().layers().get(1).qkv().getDataType());
            // Ragged rows, left-padded: 12, 7 and 3 tokens.
            TokenBatch batch = TokenBatch.leftPadded(KvCacheTest.randomSequences(new Random(3), 12, 7, 3), 0);
            NDArray expected = wide.logits(batch.toArray(manager), batch.leftPadding());
            NDArray actual = half.logits(batch.toArray(manager), batch.leftPadding());
            assertEquals(DataType.FLOAT16, actual.getDataType(), "logits come back in the compute dtype");
            int vocab = wide.config().vocabulary().size();
            float[] e = expected.toFloatArray();
            float[] a = widen(actual);
            for (int r = 0; r < batch.rows(); r++) {
                // Pad positions' outputs are never used; compare the tokens' positions only.
                int from = (r * batch.columns() + batch.leftPadding()[r]) * vocab;
                int to = (r + 1) * batch.columns() * vocab;
                assertHalfClose(
                        Arrays.copyOfRange(e, from, to),
                        Arrays.copyOfRange(a, from, to),
                        arch + " full forward row " + r);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama", "qwen2", "gemma"})
    void packedTrainingForwardWithHalfCopiesMatchesFloat32(String arch) throws Exception {
        // Rows of 16 take the full block-diagonal mask: three examples, then one and padding.
        packedCase(arch, 16, new int[][] {{5, 7, 4}, {10}}, false);
        // Rows of 128 of short examples take banded scores (KeyWindows).
        packedCase(arch, 128, new int[][] {{20, 30, 25, 40, 13}, {33, 27, 41}}, true);
    }

    private static void packedCase(String arch, int seq, int[][] lengths, boolean windowed) throws Exception {
        Path model = ReferenceLogitsTest.Reference.load(arch).directory();
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.load(model, manager);
                NDManager step = manager.newSubManager()) {
            int rows = lengths.length;
            int[][] segments = new int[rows][seq];
            int[][] positions = new int[rows][seq];
            for (int r = 0; r < rows; r++) {
                int at = 0;
                for (int e = 0; e < lengths[r].length; e++) {
                    for (int j = 0; j < lengths[r][e]; j++) {
                        segments[r][at] = e + 1;
                        positions[r][at++] = j;
                    }
                }
            }
            Constants float32 = new Constants(decoder.config(), DataType.FLOAT32, step);
            assertEquals(windowed, KeyWindows.plan(step, segments, float32).isPresent(), "layout of " + seq);
            long[] ids = new Random(8).longs((long) rows * seq, 1, 128).toArray();
            NDArray tokens = step.create(ids, new Shape(rows, seq));
            float[] expected = decoder.packedLogits(tokens, positions, segments, Adapter.NONE)
                    .toFloatArray();
            // The masters stay float32; the pass computes with float16 copies, as mixed precision trains.
            DecoderWeights copies = decoder.weights().map(p -> {
                NDArray copy = p.toType(DataType.FLOAT16, true);
                copy.attach(step);
                return copy;
            });
            NDArray half = decoder.packedLogits(copies, tokens, positions, segments, Adapter.NONE);
            assertEquals(DataType.FLOAT16, half.getDataType());
            assertEquals(DataType.FLOAT32, decoder.weights().embedding().getDataType());
            int vocab = decoder.config().vocabulary().size();
            float[] actual = widen(half);
            for (int r = 0; r < rows; r++) {
                // Padding positions' outputs are not used.
                int used = Arrays.stream(lengths[r]).sum();
                int from = r * seq * vocab;
                assertHalfClose(
                        Arrays.copyOfRange(expected, from, from + used * vocab),
                        Arrays.copyOfRange(actual, from, from + used * vocab),
                        arch + " packed forward, rows of " + seq + ", row " + r);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama", "qwen2", "gemma"})
    void cachedDecodingInHalfMatchesFullRecompute(String arch) throws Exception {
        Path model = ReferenceLogitsTest.Reference.load(arch).directory();
        try (NDManager manager = NDManager.newBaseManager();
                Decoder wide = Decoder.load(model, manager);
                Decoder half = Decoder.load(model, manager, DataType.FLOAT16)) {
            TokenBatch batch = TokenBatch.leftPadded(KvCacheTest.randomSequences(new Random(6), 10, 6, 2), 0);
            NDArray ids = batch.toArray(manager);
            int vocab = half.config().vocabulary().size();
            int columns = batch.columns();
            float[] fullHalf = widen(half.logits(ids, batch.leftPadding()));
            float[] fullWide = wide.logits(ids, batch.leftPadding()).toFloatArray();
            try (KvCache cache = half.newCache(batch.leftPadding())) {
                // A prefill of 7 columns (the last row still padding in part), then one token at a time.
                NDArray prefill = half.nextLogits(ids.get(":, :7"), cache);
                assertEquals(DataType.FLOAT32, prefill.getDataType(), "next-token logits are float32");
                for (int c = 7; c < columns; c++) {
                    float[] step = half.nextLogits(ids.get(":, " + c + ":" + (c + 1)), cache)
                            .toFloatArray();
                    for (int r = 0; r < batch.rows(); r++) {
                        float[] cached = Arrays.copyOfRange(step, r * vocab, (r + 1) * vocab);
                        int at = (r * columns + c) * vocab;
                        assertHalfClose(
                                Arrays.copyOfRange(fullHalf, at, at + vocab),
                                cached,
                                arch + " cached step vs float16 recompute, row " + r + " column " + c);
                        assertHalfClose(
                                Arrays.copyOfRange(fullWide, at, at + vocab),
                                cached,
                                arch + " cached step vs float32, row " + r + " column " + c);
                    }
                }
            }
        }
    }

    /** Every |a - e| within {@link #RELATIVE_TOLERANCE} of the largest |e|. */
    static void assertHalfClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        HalfDifference difference = HalfDifference.of(expected, actual, what);
        double scale = difference.scale();
        double worst = difference.worst();
        assertTrue(scale > 0.5, what + ": logits too small to compare (" + scale + ")");
        assertTrue(
                worst <= RELATIVE_TOLERANCE * scale,
                what + ": largest difference " + worst + " against logits up to " + scale);
    }

    static float[] widen(NDArray array) {
        return array.toType(DataType.FLOAT32, true).toFloatArray();
    }
}
