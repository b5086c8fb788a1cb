package io.github.siked.djl.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.github.siked.djl.model.Architecture;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.student.Decoding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Batched generation with the cache against a recomputing reference, and its seeded draws. */
class GeneratorTest {

    private static final int VOCAB = 128;
    /** No end marker and no padding token among the random model's ids 1…127. */
    private static final int PAD = 0;

    private static final Function<int[], String> NO_TEXT = ids -> "";

    private static NDManager manager;
    private static Decoder decoder;
    private static Generator generator;

    @BeforeAll
    static void model() {
        manager = NDManager.newBaseManager();
        decoder = Decoder.random(ModelConfig.tiny(Architecture.LLAMA, VOCAB, 64, 128, 2, 4, 2), 3, manager);
        generator = new Generator(decoder, manager);
    }

    @AfterAll
    static void free() {
        decoder.close();
        manager.close();
    }

    static List<GenerationRequest> ragged(long seed, int... lengths) {
        Random random = new Random(seed);
        List<GenerationRequest> requests = new ArrayList<>();
        for (int i = 0; i < lengths.length; i++) {
            requests.add(new GenerationRequest(random.ints(lengths[i], 1, VOCAB).toArray(), seed * 1000 + i));
        }
        return requests;
    }

    private static GenerationSettings greedy(int maxNew, int endId) {
        return new GenerationSettings(new Decoding(0, 1, 0, maxNew, List.of()), endId, PAD);
    }

    private static GenerationSettings sampling(int maxNew) {
        return new GenerationSettings(new Decoding(1.0, 0.9, 40, maxNew, List.of()), -1, PAD);
    }

    @Test
    void greedyWithTheCacheEqualsGreedyRecomputedForARaggedBatch() {
        List<GenerationRequest> requests = ragged(1, 9, 3, 6, 1, 12, 4, 7, 2, 5);
        int steps = 10;
        int[][] reference = recomputedGreedy(requests, steps);
        List<Generation> cached = generator.generate(requests, greedy(steps, -1), NO_TEXT, Generator.StepListener.NONE);
        // Prefilled 8 columns at a time: two chunks for these 12 columns.
        List<Generation> chunked = new Generator(decoder, manager, 1)
                .generate(requests, greedy(steps, -1), NO_TEXT, Generator.StepListener.NONE);
        for (int r = 0; r < requests.size(); r++) {
            assertArrayEquals(reference[r], cached.get(r).tokens(), "row " + r);
            assertArrayEquals(reference[r], chunked.get(r).tokens(), "row " + r + ", chunked prefill");
            assertEquals(Generation.Finish.LENGTH, cached.get(r).finish());
        }
    }

    @Test
    void rowsEndAtTheirEndMarkerAndTheCompactedBatchStillMatchesTheReference() {
        // Row i reads a base prompt plus the first i tokens of its greedy continuation, so the rows
        // follow one trajectory and meet its 9th token at different steps: with that token as end
        // marker, rows end one by one and the batch is compacted after half of them have.
        GenerationRequest base = ragged(9, 5).get(0);
        int[] trajectory = generator
                .generate(List.of(base), greedy(12, -1), NO_TEXT, Generator.StepListener.NONE)
                .get(0)
                .tokens();
        int end = trajectory[8];
        List<GenerationRequest> requests = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            int[] prompt = Arrays.copyOf(base.prompt(), 5 + i);
            System.arraycopy(trajectory, 0, prompt, 5, i);
            requests.add(new GenerationRequest(prompt, i));
        }
        requests.addAll(ragged(10, 3, 11));
        int steps = 12;
        int[][] reference = recomputedGreedy(requests, steps);
        int arrays = manager.getManagedArrays().size();
        List<Generation> ended = generator.generate(requests, greedy(steps, end), NO_TEXT, Generator.StepListener.NONE);
        assertEquals(arrays, manager.getManagedArrays().size(), "native arrays left after generating");
        int endedEarly = 0;
        for (int r = 0; r < requests.size(); r++) {
            int at = indexOf(reference[r], end);
            int[] expected = at < 0 ? reference[r] : Arrays.copyOf(reference[r], at);
            assertArrayEquals(expected, ended.get(r).tokens(), "row " + r + " with end marker " + end);
            assertEquals(
                    at < 0 ? Generation.Finish.LENGTH : Generation.Finish.END_MARKER,
                    ended.get(r).finish());
            endedEarly += at >= 0 && at < steps / 2 ? 1 : 0;
        }
        assertTrue(
                endedEarly > requests.size() / 2,
                "more than half of the rows should end early, so that compaction runs; ended " + endedEarly);
    }

    @Test
    void theSameSeedRepeatsAndADifferentSeedDiffers() {
        List<GenerationRequest> requests = ragged(2, 5, 8, 3, 6);
        List<Generation> first = generator.generate(requests, sampling(12), NO_TEXT, Generator.StepListener.NONE);
        List<Generation> again = generator.generate(requests, sampling(12), NO_TEXT, Generator.StepListener.NONE);
        List<GenerationRequest> reseeded = requests.stream()
                .map(r -> new GenerationRequest(r.prompt(), r.seed() + 1))
                .toList();
        List<Generation> other = generator.generate(reseeded, sampling(12), NO_TEXT, Generator.StepListener.NONE);
        int differing = 0;
        for (int r = 0; r < requests.size(); r++) {
            assertArrayEquals(first.get(r).tokens(), again.get(r).tokens(), "row " + r);
            differing += Arrays.equals(first.get(r).tokens(), other.get(r).tokens()) ? 0 : 1;
        }
        assertEquals(requests.size(), differing, "every row should change with its seed");
    }

    @Test
    void aRowsSampleDoesNotDependOnItsBatch() {
        List<GenerationRequest> requests = ragged(4, 5, 11, 2, 7, 3, 9);
        List<Generation> together = generator.generate(requests, sampling(10), NO_TEXT, Generator.StepListener.NONE);
        // Other company, other order, other padding.
        List<GenerationRequest> mixed = new ArrayList<>(ragged(5, 14, 1));
        mixed.add(requests.get(3));
        mixed.add(requests.get(0));
        List<Generation> apart = generator.generate(mixed, sampling(10), NO_TEXT, Generator.StepListener.NONE);
        List<Generation> alone =
                generator.generate(List.of(requests.get(1)), sampling(10), NO_TEXT, Generator.StepListener.NONE);
        assertArrayEquals(together.get(3).tokens(), apart.get(2).tokens());
        assertArrayEquals(together.get(0).tokens(), apart.get(3).tokens());
        assertArrayEquals(together.get(1).tokens(), alone.get(0).tokens());
    }

    @Test
    void lowTemperatureAndTopKOfOneEqualGreedy() {
        List<GenerationRequest> requests = ragged(6, 4, 9, 6);
        List<Generation> greedy = generator.generate(requests, greedy(8, -1), NO_TEXT, Generator.StepListener.NONE);
        List<Generation> cold = generator.generate(
                requests,
                new GenerationSettings(new Decoding(1e-5, 0.95, 0, 8, List.of()), -1, PAD),
                NO_TEXT,
                Generator.StepListener.NONE);
        List<Generation> topOne = generator.generate(
                requests,
                new GenerationSettings(new Decoding(1.5, 1, 1, 8, List.of()), -1, PAD),
                NO_TEXT,
                Generator.StepListener.NONE);
        List<Generation> hot = generator.generate(requests, sampling(8), NO_TEXT, Generator.StepListener.NONE);
        boolean hotDiffers = false;
        for (int r = 0; r < requests.size(); r++) {
            assertArrayEquals(greedy.get(r).tokens(), cold.get(r).tokens(), "temperature 1e-5, row " + r);
            assertArrayEquals(greedy.get(r).tokens(), topOne.get(r).tokens(), "top-k 1, row " + r);
            hotDiffers |= !Arrays.equals(greedy.get(r).tokens(), hot.get(r).tokens());
        }
        assertTrue(hotDiffers, "temperature 1 should leave greedy somewhere");
    }

    @Test
    void theCapOnNewTokensHoldsAndStepsReportTheTokens() {
        List<GenerationRequest> requests = ragged(7, 3, 6);
        int[] counted = new int[2];
        List<Generation> out = generator.generate(requests, sampling(5), NO_TEXT, (tokens, ended) -> {
            counted[0] += tokens;
            counted[1] += ended;
        });
        for (Generation generation : out) {
            assertEquals(5, generation.tokens().length);
            assertEquals(Generation.Finish.LENGTH, generation.finish());
        }
        assertArrayEquals(new int[] {10, 2}, counted);
    }

    @Test
    void aStopStringEndsTheRowAtTheTokenThatCompletesIt() {
        // Text: one letter per token, so "stop" at the second occurrence of the row's third token.
        Function<int[], String> letters = ids -> {
            StringBuilder text = new StringBuilder();
            for (int id : ids) {
                text.append((char) ('A' + id % 26));
            }
            return text.toString();
        };
        List<GenerationRequest> requests = ragged(8, 4);
        int[] free = generator
                .generate(requests, greedy(12, -1), letters, Generator.StepListener.NONE)
                .get(0)
                .tokens();
        String text = letters.apply(free);
        String stop = text.substring(2, 4);
        GenerationSettings stopping = new GenerationSettings(new Decoding(0, 1, 0, 12, List.of(stop)), -1, PAD);
        Generation stopped = generator
                .generate(requests, stopping, letters, Generator.StepListener.NONE)
                .get(0);
        assertEquals(Generation.Finish.STOP_STRING, stopped.finish());
        assertEquals(text.indexOf(stop) + stop.length(), stopped.tokens().length);
        assertEquals(
                text.substring(0, text.indexOf(stop)),
                StopStrings.cut(letters.apply(stopped.tokens()), 0, List.of(stop)));
        assertFalse(StopStrings.cut(letters.apply(stopped.tokens()), 0, List.of(stop))
                .contains(stop));
    }

    @Test
    void onlyIdsTheTokenizerKnowsArePicked() {
        List<GenerationRequest> requests = ragged(11, 4, 7);
        GenerationSettings hot = new GenerationSettings(new Decoding(2.0, 1, 0, 24, List.of()), -1, PAD, 10);
        for (Generation generation : generator.generate(requests, hot, NO_TEXT, Generator.StepListener.NONE)) {
            assertTrue(Arrays.stream(generation.tokens()).allMatch(t -> t < 10), Arrays.toString(generation.tokens()));
            assertTrue(Arrays.stream(generation.tokens()).distinct().count() > 2, "a hot draw over ten ids varies");
        }
    }

    /** Greedy by recomputing every position of the growing left-padded batch: no cache. */
    private static int[][] recomputedGreedy(List<GenerationRequest> requests, int steps) {
        int rows = requests.size();
        int columns =
                requests.stream().mapToInt(GenerationRequest::length).max().orElseThrow();
        int[] padding = requests.stream().mapToInt(r -> columns - r.length()).toArray();
        long[][] sequences = new long[rows][];
        for (int r = 0; r < rows; r++) {
            sequences[r] = new long[columns];
            int[] prompt = requests.get(r).prompt();
            for (int j = 0; j < prompt.length; j++) {
                sequences[r][padding[r] + j] = prompt[j];
            }
        }
        int[][] out = new int[rows][steps];
        for (int s = 0; s < steps; s++) {
            int width = columns + s;
            long[] ids = new long[rows * width];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(sequences[r], 0, ids, r * width, width);
            }
            try (NDManager step = manager.newSubManager()) {
                NDArray logits = decoder.logits(step.create(ids, new Shape(rows, width)), padding);
                long[] next = logits.get(":, -1, :").argMax(1).toLongArray();
                for (int r = 0; r < rows; r++) {
                    out[r][s] = (int) next[r];
                    sequences[r] = Arrays.copyOf(sequences[r], width + 1);
                    sequences[r][width] = next[r];
                }
            }
        }
        return out;
    }

    private static int indexOf(int[] row, int token) {
        for (int i = 0; i < row.length; i++) {
            if (row[i] == token) {
                return i;
            }
        }
        return -1;
    }
}
