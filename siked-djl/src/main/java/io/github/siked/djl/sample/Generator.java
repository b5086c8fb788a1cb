package io.github.siked.djl.sample;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.model.KvCache;
import io.github.siked.djl.model.TokenBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Continues a batch of prompts with a {@link KvCache}: the left-padded prompts are read in one
 * prefill, then each step feeds every row's newest token, (batch, 1), and reads the next logits,
 * (batch, vocab), copied out once. Tokens are picked in Java ({@link TokenPicker}), each row from
 * its own random stream, so a row's output does not depend on its batch.
 *
 * <p>Rows are ordered longest prompt first inside the batch, so that each prefill chunk reads only
 * the leading rows that already have a token in it ({@link Decoder#nextLogitsOfLeadingRows}); the
 * results come back in the requests' order.
 *
 * <p>Rows that end stop costing work: their text is no longer decoded, and once half of the
 * batch has ended the cache keeps only the live rows ({@link KvCache#retainRows}).
 */
public final class Generator {

    /** Tokens per prefill chunk: 1,024 to 2,048 measured fastest for batches of 64 and 256. */
    private static final int PREFILL_TOKENS = 1024;

    private static final int PREFILL_MIN_COLUMNS = 8;

    /** Batches smaller than this are not compacted: the copy would cost more than it saves. */
    private static final int COMPACT_MIN_ROWS = 8;

    /** Hears about every decode step. */
    @FunctionalInterface
    public interface StepListener {
        StepListener NONE = (tokens, ended) -> {};

        /**
         * @param tokens tokens picked in this step, end markers included
         * @param ended rows that ended in this step
         */
        void step(int tokens, int ended);
    }

    private final Decoder decoder;
    private final NDManager manager;
    private final int prefillTokens;

    /** @param manager the parent of the per-step managers; the cache lives in the decoder's */
    public Generator(Decoder decoder, NDManager manager) {
        this(decoder, manager, PREFILL_TOKENS);
    }

    /** With another prefill chunk size, so that tests can make small batches prefill in chunks. */
    Generator(Decoder decoder, NDManager manager, int prefillTokens) {
        this.decoder = decoder;
        this.manager = manager;
        this.prefillTokens = prefillTokens;
    }

    /**
     * Generates for every request; the results are in the requests' order.
     *
     * @param decode the tokenizer's decoding, for stop strings (only called when there are some)
     * @throws IllegalArgumentException when the longest prompt leaves no position to generate in
     */
    public List<Generation> generate(
            List<GenerationRequest> requests,
            GenerationSettings settings,
            Function<int[], String> decode,
            StepListener listener) {
        if (requests.isEmpty()) {
            return List.of();
        }
        // Longest prompt first: padding then grows down the batch, so each prefill chunk reads only
        // the leading rows that have tokens in it. live[r]: the request whose sequence is row r.
        int[] live = IntStream.range(0, requests.size())
                .boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -requests.get(i).length()))
                .mapToInt(Integer::intValue)
                .toArray();
        TokenBatch batch = TokenBatch.leftPadded(
                Arrays.stream(live).mapToObj(i -> requests.get(i).prompt()).toList(), settings.padId());
        int maxPositions = decoder.config().positions().maxPositions();
        int limit = Math.min(settings.decoding().maxNewTokens(), maxPositions - batch.columns());
        if (limit < 1) {
            throw new IllegalArgumentException("a prompt of " + batch.columns() + " tokens leaves no room"
                    + " to generate within the model's " + maxPositions + " positions"
                    + " (max_position_embeddings): shorten the question");
        }
        TokenPicker picker = settings.picker();
        StopStrings stops = new StopStrings(settings.decoding().stop(), decode);
        int vocab = decoder.config().vocabulary().size();
        int pickable = Math.min(vocab, settings.pickableIds());
        Row[] rows = new Row[requests.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Row(limit, requests.get(i).seed());
        }
        try (KvCache cache = decoder.newCache(batch.leftPadding())) {
            // The prompt and every new token but the last, which is picked and never fed back.
            cache.reserve(batch.columns() + limit - 1);
            // Prefill: the prompts in chunks of columns; the last column holds each row's next-token
            // logits. One forward over a 256 × 80 batch took 11.3 s here, chunks of 8 columns 3.3 s:
            // large intermediates cost more in fresh memory than the extra ops cost. A chunk skips the
            // trailing rows that are still all padding in it (a third of the work for prompts of 20 to
            // 80 tokens).
            float[] logits = null;
            int chunk = Math.max(PREFILL_MIN_COLUMNS, prefillTokens / batch.rows());
            int[] padding = batch.leftPadding();
            for (int from = 0; from < batch.columns(); from += chunk) {
                int to = Math.min(batch.columns(), from + chunk);
                int started = 0;
                while (started < padding.length && padding[started] < to) {
                    started++;
                }
                try (NDManager step = manager.newSubManager()) {
                    // (rows, columns) → (started, chunk) → logits (started, vocab)
                    NDArray ids = batch.toArray(step).get(new NDIndex(":{}, {}:{}", started, from, to));
                    NDArray next = decoder.nextLogitsOfLeadingRows(ids, cache);
                    logits = to == batch.columns() ? next.toFloatArray() : null;
                }
            }
            while (true) {
                // Pick: one token per live row; ended rows feed padding until the batch is compacted.
                long[] next = new long[live.length];
                int picked = 0;
                int ended = 0;
                int open = 0;
                for (int r = 0; r < live.length; r++) {
                    Row row = rows[live[r]];
                    if (row.finish != null) {
                        next[r] = settings.padId();
                        continue;
                    }
                    int token = picker.pick(logits, r * vocab, pickable, row.random.nextDouble());
                    picked++;
                    next[r] = token;
                    row.accept(token, settings.endId(), stops, limit);
                    ended += row.finish != null ? 1 : 0;
                    open += row.finish == null ? 1 : 0;
                }
                listener.step(picked, ended);
                if (open == 0) {
                    break;
                }
                // Compact: drop ended rows from the cache once they are half of it.
                if (live.length >= COMPACT_MIN_ROWS && open <= live.length / 2) {
                    int[] keep = new int[open];
                    long[] kept = new long[open];
                    int k = 0;
                    for (int r = 0; r < live.length; r++) {
                        if (rows[live[r]].finish == null) {
                            keep[k] = r;
                            kept[k++] = next[r];
                        }
                    }
                    cache.retainRows(keep);
                    int[] survivors = new int[open];
                    for (int i = 0; i < open; i++) {
                        survivors[i] = live[keep[i]];
                    }
                    live = survivors;
                    next = kept;
                }
                // Decode: (live, 1) newest tokens in, (live, vocab) logits out.
                try (NDManager step = manager.newSubManager()) {
                    logits = decoder.nextLogits(step.create(next, new Shape(live.length, 1)), cache)
                            .toFloatArray();
                }
            }
        }
        List<Generation> out = new ArrayList<>(rows.length);
        for (Row row : rows) {
            out.add(new Generation(Arrays.copyOf(row.tokens, row.count), row.finish));
        }
        return out;
    }

    /** One row's output so far and its random stream. */
    private static final class Row {
        final int[] tokens;
        final SplittableRandom random;
        int count;
        Generation.Finish finish;

        Row(int limit, long seed) {
            tokens = new int[limit];
            random = new SplittableRandom(seed);
        }

        void accept(int token, int endId, StopStrings stops, int limit) {
            if (token == endId) {
                finish = Generation.Finish.END_MARKER;
                return;
            }
            tokens[count++] = token;
            if (stops.reached(tokens, count)) {
                finish = Generation.Finish.STOP_STRING;
            } else if (count >= limit) {
                finish = Generation.Finish.LENGTH;
            }
        }
    }
}
