package io.github.siked.djl.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Top-k and top-p on hand-made distributions, and the draw over what they keep. */
class TokenPickerTest {

    /** Weights 5, 15, 50, 10, 20 (of 100) on ids 0 to 4: sorted, ids 2, 4, 1, 3, 0. */
    private static final double[] WEIGHTS = {5, 15, 50, 10, 20};

    @Test
    void topPKeepsTheSmallestSetReachingTheMass() {
        assertArrayEquals(new int[] {2}, new TokenPicker(1, 0, 0.3).keptTokens(WEIGHTS));
        assertArrayEquals(new int[] {2, 4}, new TokenPicker(1, 0, 0.6).keptTokens(WEIGHTS));
        // 50 + 20 = 70 < 75, so the third most likely token is needed: 85 ≥ 75.
        assertArrayEquals(new int[] {2, 4, 1}, new TokenPicker(1, 0, 0.75).keptTokens(WEIGHTS));
        assertArrayEquals(new int[] {2, 4, 1, 3, 0}, new TokenPicker(1, 0, 1).keptTokens(WEIGHTS));
    }

    @Test
    void topPReadsTheMassRenormalisedAfterTopK() {
        // Top-3 holds 85; 0.75 of that is 63.75, which 50 + 20 already reaches.
        assertArrayEquals(new int[] {2, 4}, new TokenPicker(1, 3, 0.75).keptTokens(WEIGHTS));
        assertArrayEquals(new int[] {2, 4}, new TokenPicker(1, 2, 1).keptTokens(WEIGHTS));
    }

    @Test
    void aFlatDistributionLowersTheCandidateThresholdUntilTheNucleusFits() {
        // Token 7 holds half of the mass; 9,999 others share the other half, each below the first
        // candidate threshold (a thousandth of the largest weight).
        double[] flat = new double[10_000];
        java.util.Arrays.fill(flat, 1e-4);
        flat[7] = 0.9999;
        int[] kept = new TokenPicker(1, 0, 0.75).keptTokens(flat);
        // 0.75 of the mass: token 7 and 5,000 others (4,999.5 needed), ties broken by id.
        assertEquals(5001, kept.length);
        assertEquals(7, kept[0]);
        assertArrayEquals(
                IntStream.range(0, 5000).map(i -> i < 7 ? i : i + 1).toArray(),
                java.util.Arrays.copyOfRange(kept, 1, 5001));
    }

    @Test
    void theDrawSplitsTheUnitIntervalOverTheKeptTokensByWeight() {
        float[] logits = new float[WEIGHTS.length];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) Math.log(WEIGHTS[i]);
        }
        TokenPicker picker = new TokenPicker(1, 0, 0.75);
        // Kept: 50, 20, 15 of 85: [0, 0.588) → 2, [0.588, 0.824) → 4, [0.824, 1) → 1.
        assertEquals(2, picker.pick(logits, 0, 5, 0.0));
        assertEquals(2, picker.pick(logits, 0, 5, 0.58));
        assertEquals(4, picker.pick(logits, 0, 5, 0.6));
        assertEquals(1, picker.pick(logits, 0, 5, 0.83));
        assertEquals(1, picker.pick(logits, 0, 5, 0.999999));
        // Without cuts the draw walks ids in order: 5, 15, 50, 10, 20.
        TokenPicker plain = new TokenPicker(1, 0, 1);
        assertEquals(0, plain.pick(logits, 0, 5, 0.04));
        assertEquals(1, plain.pick(logits, 0, 5, 0.1));
        assertEquals(4, plain.pick(logits, 0, 5, 0.9));
    }

    @Test
    void greedyAndTinyTemperaturePickTheArgMaxOfTheirRow() {
        float[] two = {0.1f, 3f, -1f, 2.9f, 5f, 4.99f};
        assertEquals(1, new TokenPicker(0, 0, 1).pick(two, 0, 3, 0.5));
        assertEquals(1, new TokenPicker(1e-6, 0, 1).pick(two, 0, 3, 0.999));
        assertEquals(1, new TokenPicker(0.7, 1, 0.95).pick(two, 0, 3, 0.999));
        assertEquals(1, new TokenPicker(0, 0, 1).pick(two, 3, 3, 0.5));
    }
}
