package io.github.siked.student;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PackerTest {

    private static final int PAD = 0;
    private static final int BOS = 1;
    private static final int EOS = 2;

    /**
     * Example e: prompt {@code [bos, 1000+e, …]}, response {@code [3000+e, …, eos]}, so that every
     * token names its example and its part.
     */
    private static TokenizedExample example(int e, int promptLength, int responseLength, float weight) {
        int[] prompt = new int[promptLength];
        prompt[0] = BOS;
        for (int i = 1; i < promptLength; i++) {
            prompt[i] = 1000 + e;
        }
        int[] response = new int[responseLength];
        for (int i = 0; i < responseLength - 1; i++) {
            response[i] = 3000 + e;
        }
        response[responseLength - 1] = EOS;
        return new TokenizedExample(prompt, response, weight);
    }

    private static List<TokenizedExample> ragged(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TokenizedExample> examples = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            examples.add(example(e, 2 + random.nextInt(30), 2 + random.nextInt(40), 1 + e % 3));
        }
        return examples;
    }

    /** The example a segment holds, read from its second token. */
    private static int exampleOf(PackedRow row, int start) {
        return row.inputIds()[start + 1] - 1000;
    }

    @Test
    void lossFallsOnResponseTokensOnlyAndNeverCrossesExamples() {
        List<TokenizedExample> examples = ragged(300, 1);
        Packing packing = new Packer(128, Overflow.REJECT, PAD).pack(examples, 42);
        Map<Integer, Integer> seen = new HashMap<>();
        long maskedTokens = 0;
        for (PackedRow row : packing.rows()) {
            int start = 0;
            for (int i = 0; i < row.length(); i++) {
                int segment = row.segmentIds()[i];
                if (segment == 0) {
                    assertEquals(PAD, row.inputIds()[i]);
                    assertEquals(0, row.lossMask()[i]);
                    continue;
                }
                if (i == 0 || row.segmentIds()[i - 1] != segment) {
                    start = i;
                    seen.merge(exampleOf(row, start), 1, Integer::sum);
                }
                int e = exampleOf(row, start);
                assertEquals(i - start, row.positionIds()[i], "positions restart per example");
                boolean last = i + 1 == row.length() || row.segmentIds()[i + 1] != segment;
                if (last) {
                    assertEquals(EOS, row.inputIds()[i]);
                    assertEquals(PAD, row.targetIds()[i]);
                    assertEquals(0, row.lossMask()[i], "an example's last token predicts nothing");
                } else {
                    assertEquals(row.inputIds()[i + 1], row.targetIds()[i], "the target is the next token");
                }
                boolean responseTarget = row.targetIds()[i] == 3000 + e || (row.targetIds()[i] == EOS && !last);
                assertEquals(responseTarget ? 1 : 0, row.lossMask()[i], "mask at " + i);
                assertEquals(responseTarget ? examples.get(e).weight() : 0f, row.lossWeight()[i]);
                maskedTokens += row.lossMask()[i];
            }
        }
        assertEquals(examples.size(), seen.size(), "every example is packed");
        assertTrue(seen.values().stream().allMatch(n -> n == 1), "no example is packed twice");
        long responseTokens =
                examples.stream().mapToLong(x -> x.responseIds().length).sum();
        assertEquals(responseTokens, maskedTokens, "every response token, eos included, is a target once");
    }

    @Test
    void sameSeedGivesTheSameRowsAndAnotherSeedReorders() {
        List<TokenizedExample> examples = ragged(100, 2);
        Packer packer = new Packer(96, Overflow.TRUNCATE, PAD);
        Packing first = packer.pack(examples, 7);
        Packing again = packer.pack(examples, 7);
        Packing other = packer.pack(examples, 8);
        assertEquals(first.rows().size(), again.rows().size());
        for (int r = 0; r < first.rows().size(); r++) {
            assertArrayEquals(
                    first.rows().get(r).inputIds(), again.rows().get(r).inputIds());
            assertArrayEquals(
                    first.rows().get(r).lossMask(), again.rows().get(r).lossMask());
        }
        assertFalse(Arrays.equals(
                first.rows().get(0).inputIds(), other.rows().get(0).inputIds()));
    }

    @Test
    void rowsHoldAsManyWholeExamplesAsFit() {
        List<TokenizedExample> examples = new ArrayList<>();
        for (int e = 0; e < 10; e++) {
            examples.add(example(e, 2, 3, 1));
        }
        Packing packing = new Packer(20, Overflow.REJECT, PAD).pack(examples, 0);
        assertEquals(3, packing.rows().size());
        assertEquals(50.0 / 60, packing.fill(), 1e-9);
        // Examples of 5 tokens in rows of 20: four a row, the last row half empty.
        assertEquals(
                List.of(4, 4, 2),
                packing.rows().stream()
                        .map(r -> Arrays.stream(r.segmentIds()).max().getAsInt())
                        .toList());
    }

    @Test
    void longExamplesAreTruncatedOrRejectedAndCounted() {
        List<TokenizedExample> examples = List.of(example(0, 4, 4, 1), example(1, 6, 20, 1), example(2, 17, 3, 1));
        Packing truncated = new Packer(16, Overflow.TRUNCATE, PAD).pack(examples, 0);
        assertEquals(1, truncated.truncated());
        assertEquals(1, truncated.rejected(), "a prompt that fills the row leaves no response to learn");
        assertEquals(2, truncated.packed());
        PackedRow full = truncated.rows().stream()
                .filter(r -> r.usedTokens() == 16)
                .findFirst()
                .orElseThrow();
        assertFalse(Arrays.stream(full.inputIds()).anyMatch(t -> t == EOS), "a cut response loses its eos");

        Packing rejected = new Packer(16, Overflow.REJECT, PAD).pack(examples, 0);
        assertEquals(0, rejected.truncated());
        assertEquals(2, rejected.rejected());
        assertEquals(1, rejected.packed());
        assertEquals(
                "packed 1 examples into 1 rows (50.0% of token slots used); 0 truncated, 2 rejected",
                rejected.describe());
    }

    @Test
    void batchesStackRowsInOrder() {
        Packing packing = new Packer(32, Overflow.REJECT, PAD).pack(ragged(40, 3), 5);
        List<Batch> batches = packing.batches(4);
        assertEquals((packing.rows().size() + 3) / 4, batches.size());
        assertEquals(32, batches.get(0).length());
        assertArrayEquals(packing.rows().get(5).segmentIds(), batches.get(1).segmentIds()[1]);
        int last = packing.rows().size() % 4 == 0 ? 4 : packing.rows().size() % 4;
        assertEquals(last, batches.get(batches.size() - 1).size());
    }

    @Test
    void rowsAreFilledAlikeOnEveryReadAndCountTheirTokens() {
        List<TokenizedExample> examples = ragged(50, 4);
        Packing packing = new Packer(64, Overflow.REJECT, PAD).pack(examples, 3);
        assertArrayEquals(
                packing.rows().get(2).targetIds(), packing.rows().get(2).targetIds());
        long tokens = packing.rows().stream().mapToLong(PackedRow::usedTokens).sum();
        assertEquals(tokens, packing.tokens());
        assertEquals((double) tokens / (64L * packing.rows().size()), packing.fill(), 1e-12);
    }

    @Test
    void aRowThatCannotHoldItsExamplesIsRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> PackedRow.of(List.of(example(0, 4, 4, 1), example(1, 4, 4, 1)), 12, PAD));
        assertEquals("examples of 16 tokens do not fit a row of 12", e.getMessage());
    }

    @Test
    void tooShortRowsAreRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Packer(1, Overflow.REJECT, PAD));
        assertEquals("rows need at least 2 tokens; maxLength was 1", e.getMessage());
    }
}
