package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.github.siked.djl.probe.MatmulPeak;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prints forward and cached-decode speed of a ~5 M-parameter decoder: information for the
 * trainer and sampler, not a test (shared machines drift; the benchmark belongs to bench/run).
 * Run after test-compile with the module's test classpath:
 * {@code java -cp <classpath> io.github.siked.djl.model.DecoderSpeedProbe}.
 */
public final class DecoderSpeedProbe {

    private DecoderSpeedProbe() {}

    public static void main(String[] args) {
        ModelConfig config = ModelConfig.tiny(Architecture.LLAMA, 512, 256, 768, 6, 8, 4);
        System.out.printf(
                "config: %s%nmatmul parameters: %,d; all: %,d%n",
                config, config.matmulParameters(), config.parameters());
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(config, 1, manager)) {
            // Dense fp32 matmul FLOP/s at 1024², the yardstick for the figures below.
            System.out.printf(
                    "matmul %d²: best %.1f GFLOP/s%n",
                    1024, MatmulPeak.measure(1024, 8).wallFlops() / 1e9);
            forward(decoder, manager, 32, 64);
            int[] batches = args.length == 0
                    ? new int[] {1, 16, 64, 256}
                    : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
            for (int batch : batches) {
                decode(decoder, manager, batch, 48);
            }
        }
    }

    private static void forward(Decoder decoder, NDManager manager, int batch, int seq) {
        long[] ids = new Random(1)
                .longs((long) batch * seq, 0, decoder.config().vocabulary().size())
                .toArray();
        int[] padding = new int[batch];
        int rounds = 6;
        long start = 0;
        for (int round = -2; round < rounds; round++) {
            if (round == 0) {
                start = System.nanoTime();
            }
            try (NDManager step = manager.newSubManager()) {
                decoder.logits(step.create(ids, new Shape(batch, seq)), padding).toFloatArray();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "forward %d x %d: %.0f tokens/s (%.1f ms per batch)%n",
                batch, seq, rounds * batch * seq / seconds, 1000 * seconds / rounds);
    }

    private static void decode(Decoder decoder, NDManager manager, int batch, int steps) {
        Random random = new Random(2);
        List<int[]> prompts = new ArrayList<>();
        for (int r = 0; r < batch; r++) {
            prompts.add(random.ints(
                            8 + random.nextInt(17),
                            1,
                            decoder.config().vocabulary().size())
                    .toArray());
        }
        TokenBatch prompt = TokenBatch.leftPadded(prompts, 0);
        for (int round = 0; round < 2; round++) {
            try (NDManager session = manager.newSubManager();
                    KvCache cache = decoder.newCache(prompt.leftPadding())) {
                NDArray next =
                        decoder.nextLogits(prompt.toArray(session), cache).argMax(1);
                long start = System.nanoTime();
                for (int s = 0; s < steps; s++) {
                    try (NDManager step = session.newSubManager()) {
                        NDArray input = step.create(next.toLongArray(), new Shape(batch, 1));
                        next = decoder.nextLogits(input, cache).argMax(1);
                        next.attach(session);
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                if (round == 1) {
                    System.out.printf(
                            "decode batch %d (prompts 8-24 tokens, %d steps): %.0f tokens/s" + " (%.2f ms per step)%n",
                            batch, steps, batch * steps / seconds, 1000 * seconds / steps);
                }
            }
        }
    }
}
