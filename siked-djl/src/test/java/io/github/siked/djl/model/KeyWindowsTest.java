package io.github.siked.djl.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Banded attention over packed rows changes nothing an example sees: its logits, and the
 * gradients of a loss over them, equal those of every example run alone; the plan takes windows
 * only when they cut the work.
 */
class KeyWindowsTest {

    private static final ModelConfig QWEN2 = ModelConfig.tiny(Architecture.QWEN2, 40, 32, 48, 2, 4, 2);
    private static final int SEQ = 128;

    @Test
    void shortExamplesGetTheNarrowestWindowThatHoldsThem() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // Four aligned examples of 32: blocks of 32 see exactly their own example.
            int[][] aligned = {segments(new int[] {32, 32, 32, 32}, SEQ)};
            KeyWindows plan =
                    KeyWindows.plan(manager, aligned, float32(manager)).orElseThrow();
            assertEquals(32, plan.block());
            assertEquals(32, plan.window());
            // One example filling the row: nothing to cut.
            assertTrue(KeyWindows.plan(manager, new int[][] {segments(new int[] {SEQ}, SEQ)}, float32(manager))
                    .isEmpty());
            // Six examples of 20, then padding. Blocks of 32 reach back to 20, 60 and 80 from 64, 96
            // and 128: window 48; blocks of 64 reach back to 60 from 128: window 68 → 72 (a multiple
            // of 8). The narrower wins.
            int[][] ragged = {segments(new int[] {20, 20, 20, 20, 20, 20}, SEQ)};
            KeyWindows raggedPlan =
                    KeyWindows.plan(manager, ragged, float32(manager)).orElseThrow();
            assertEquals(32, raggedPlan.block());
            assertEquals(48, raggedPlan.window());
        }
    }

    @Test
    void packedLogitsAndGradientsEqualEachExampleAlone() {
        Random random = new Random(7);
        int[][] lengths = {{25, 9, 30, 17, 22}, {40, 12, 31, 6}};
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(QWEN2, 3, manager);
                NDManager step = manager.newSubManager()) {
            int vocab = QWEN2.vocabulary().size();
            int rows = lengths.length;
            long[] tokens = new long[rows * SEQ];
            int[][] positions = new int[rows][SEQ];
            int[][] segments = new int[rows][];
            List<int[]> examples = new ArrayList<>();
            List<int[]> placements = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                segments[r] = segments(lengths[r], SEQ);
                int at = 0;
                for (int length : lengths[r]) {
                    int[] example = random.ints(length, 1, vocab).toArray();
                    for (int j = 0; j < length; j++) {
                        tokens[r * SEQ + at + j] = example[j];
                        positions[r][at + j] = j;
                    }
                    examples.add(example);
                    placements.add(new int[] {r, at});
                    at += length;
                }
            }
            assertTrue(KeyWindows.plan(step, segments, float32(step)).isPresent(), "the layout must take windows");
            float[] weights = new float[rows * SEQ * vocab];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (float) (random.nextDouble() * 2 - 1);
            }
            Map<String, NDArray> parameters = decoder.weights().parameters();
            parameters.values().forEach(p -> p.setRequiresGradient(true));

            // Packed: logits once, and the gradients of a fixed random projection of them (padding
            // positions excluded: what padding sees is not defined to match).
            float[] packed;
            Map<String, float[]> packedGradients;
            NDArray probeArray = step.create(weights, new Shape(rows, SEQ, vocab))
                    .mul(step.create(notPadding(segments, vocab), new Shape(rows, SEQ, vocab)));
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray logits = decoder.packedLogits(
                        step.create(tokens, new Shape(rows, SEQ)), positions, segments, Adapter.NONE);
                collector.backward(logits.mul(probeArray).sum());
                packed = logits.toFloatArray();
            }
            packedGradients = gradients(parameters);

            // Alone: each example by itself, the same projection of its slice; gradients add up.
            Map<String, float[]> aloneGradients = null;
            for (int e = 0; e < examples.size(); e++) {
                int[] example = examples.get(e);
                int r = placements.get(e)[0];
                int at = placements.get(e)[1];
                NDArray ids = step.create(
                        java.util.Arrays.stream(example).asLongStream().toArray(), new Shape(1, example.length));
                NDArray slice = probeArray.get(new NDIndex("{}:{}, {}:{}, :", r, r + 1, at, at + example.length));
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray logits = decoder.logits(ids, new int[] {0});
                    collector.backward(logits.mul(slice).sum());
                    float[] alone = logits.toFloatArray();
                    for (int j = 0; j < alone.length; j++) {
                        float expected = alone[j];
                        float actual = packed[(r * SEQ + at) * vocab + j];
                        assertEquals(expected, actual, 1e-4, "example " + e + " logit " + j);
                    }
                }
                aloneGradients = add(aloneGradients, gradients(parameters));
            }
            for (String name : new String[] {
                "embedding", "layers.0.qkv", "layers.0.qkv_bias", "layers.1.output", "layers.1.gate_up"
            }) {
                float[] expected = aloneGradients.get(name);
                float[] actual = packedGradients.get(name);
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], actual[i], 1e-4 + 1e-3 * Math.abs(expected[i]), name + "[" + i + "]");
                }
            }
            parameters.values().forEach(p -> p.setRequiresGradient(false));
        }
    }

    /** The fixed arrays of a float32 forward pass, as the decoder hands them to a plan. */
    private static Constants float32(NDManager manager) {
        return new Constants(QWEN2, DataType.FLOAT32, manager);
    }

    /** Segment ids for examples of these lengths from slot 0, padding (0) after them. */
    private static int[] segments(int[] lengths, int seq) {
        int[] segment = new int[seq];
        int at = 0;
        for (int e = 0; e < lengths.length; e++) {
            for (int j = 0; j < lengths[e]; j++) {
                segment[at++] = e + 1;
            }
        }
        return segment;
    }

    private static float[] notPadding(int[][] segments, int vocab) {
        float[] keep = new float[segments.length * segments[0].length * vocab];
        for (int r = 0; r < segments.length; r++) {
            for (int t = 0; t < segments[r].length; t++) {
                if (segments[r][t] != 0) {
                    java.util.Arrays.fill(
                            keep, (r * segments[r].length + t) * vocab, (r * segments[r].length + t + 1) * vocab, 1f);
                }
            }
        }
        return keep;
    }

    /** Each parameter's gradient, copied out, and cleared for the next backward. */
    private static Map<String, float[]> gradients(Map<String, NDArray> parameters) {
        Map<String, float[]> out = new java.util.LinkedHashMap<>();
        parameters.forEach((name, p) -> {
            NDArray gradient = p.getGradient();
            out.put(name, gradient.toFloatArray());
            gradient.subi(gradient);
        });
        return out;
    }

    private static Map<String, float[]> add(Map<String, float[]> sum, Map<String, float[]> more) {
        if (sum == null) {
            return more;
        }
        sum.forEach((name, values) -> {
            float[] other = more.get(name);
            for (int i = 0; i < values.length; i++) {
                values[i] += other[i];
            }
        });
        return sum;
    }
}
