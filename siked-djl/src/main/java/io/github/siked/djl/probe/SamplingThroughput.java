package io.github.siked.djl.probe;

import ai.djl.ndarray.NDManager;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.safetensors.ModelFileException;
import io.github.siked.djl.sample.GenerationRequest;
import io.github.siked.djl.sample.GenerationSettings;
import io.github.siked.djl.sample.Generator;
import io.github.siked.student.Decoding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sampling speed of the real generator ({@link Generator}: left-padded prompts, one prefill, a KV
 * cache, the draw in Java) on a saved model. Prompts have ragged lengths, as real questions do, and
 * rows never end early (no end marker), so every row generates the same number of new tokens and
 * throughput counts new tokens only: the prefill is part of the cost, not of the count.
 */
public final class SamplingThroughput implements AutoCloseable {

    private final NDManager manager;
    private final Decoder decoder;
    private final Generator generator;
    private final int minPrompt;
    private final int maxPrompt;

    /**
     * @param modelDir a Hugging Face model directory (config.json and weights)
     * @param minPrompt the shortest prompt, in tokens
     * @param maxPrompt the longest prompt, in tokens; lengths are drawn uniformly in between
     */
    public SamplingThroughput(Path modelDir, int minPrompt, int maxPrompt) throws IOException {
        if (minPrompt < 1 || maxPrompt < minPrompt) {
            throw new IllegalArgumentException(
                    "prompt lengths must satisfy 1 ≤ min ≤ max; were " + minPrompt + ", " + maxPrompt);
        }
        manager = NDManager.newBaseManager();
        try {
            decoder = Decoder.load(modelDir, manager);
        } catch (ModelFileException e) {
            manager.close();
            throw new IOException(e.getMessage(), e);
        }
        generator = new Generator(decoder, manager);
        this.minPrompt = minPrompt;
        this.maxPrompt = maxPrompt;
    }

    /** The matmul parameters of the loaded model: N in 2·N FLOPs per generated token. */
    public long matmulParameters() {
        return decoder.config().matmulParameters();
    }

    /**
     * New tokens per second, by the wall clock and by the process's CPU time (see {@link
     * CpuClock}).
     */
    public record Rates(double wallTokensPerSecond, double cpuTokensPerSecond) {}

    /**
     * New tokens per second at {@code batch} rows of {@code newTokens} each, temperature 0.7 and
     * top-p 0.95 (the SIKeD sampling settings), over {@code rounds} generations after one warm-up.
     */
    public Rates tokensPerSecond(int batch, int newTokens, int rounds) {
        List<GenerationRequest> requests = prompts(batch, batch);
        generate(requests, newTokens);
        CpuClock start = CpuClock.now();
        for (int round = 0; round < rounds; round++) {
            generate(requests, newTokens);
        }
        CpuClock end = CpuClock.now();
        double tokens = (double) rounds * batch * newTokens;
        return new Rates(tokens / end.wallSecondsSince(start), tokens / end.cpuSecondsSince(start));
    }

    /** One generation of {@code batch} fresh ragged prompts (seeded by {@code seed}). */
    public void generateOnce(int batch, int newTokens, long seed) {
        generate(prompts(batch, seed), newTokens);
    }

    private void generate(List<GenerationRequest> requests, int newTokens) {
        GenerationSettings settings = new GenerationSettings(new Decoding(0.7, 0.95, 0, newTokens, List.of()), -1, 0);
        int expected = requests.size() * newTokens;
        int generated = generator.generate(requests, settings, ids -> "", Generator.StepListener.NONE).stream()
                .mapToInt(g -> g.tokens().length)
                .sum();
        if (generated != expected) {
            throw new IllegalStateException("expected " + expected + " new tokens, got " + generated);
        }
    }

    private List<GenerationRequest> prompts(int batch, long seed) {
        Random random = new Random(seed);
        int vocab = decoder.config().vocabulary().size();
        List<GenerationRequest> requests = new ArrayList<>();
        for (int r = 0; r < batch; r++) {
            int length = minPrompt + random.nextInt(maxPrompt - minPrompt + 1);
            // Ids from 1: 0 is the pad id of the word tokenizer.
            requests.add(new GenerationRequest(random.ints(length, 1, vocab).toArray(), random.nextLong()));
        }
        return requests;
    }

    @Override
    public void close() {
        decoder.close();
        manager.close();
    }
}
