package io.github.siked.djl.sample;

import ai.djl.ndarray.NDManager;
import io.github.siked.djl.model.Architecture;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.djl.probe.MatmulPeak;
import io.github.siked.student.Decoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prints sampling tokens/s with the cache at several batch sizes for a ~5 M-parameter Llama-type
 * model with random weights, ragged prompts, temperature 0.7 and top-p 0.95, beside the dense
 * fp32 matmul peak measured in the same run: information for the benchmark (bench/run), not a
 * test. Threads come from {@code -Dai.djl.pytorch.num_threads}. Run after test-compile with the
 * module's test classpath: {@code java -cp <classpath> io.github.siked.djl.sample.SamplingSpeedProbe
 * [newTokens] [batch…]}.
 */
public final class SamplingSpeedProbe {

    private SamplingSpeedProbe() {}

    public static void main(String[] args) {
        ModelConfig config = ModelConfig.tiny(Architecture.LLAMA, 512, 256, 768, 6, 8, 4);
        int newTokens = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int[] batches = args.length > 1
                ? java.util.Arrays.stream(args, 1, args.length)
                        .mapToInt(Integer::parseInt)
                        .toArray()
                : new int[] {1, 16, 64, 256};
        long n = config.matmulParameters();
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(config, 1, manager)) {
            double peak = MatmulPeak.measure(2048, 6).wallFlops();
            System.out.printf(
                    "threads %s; N = %,d matmul parameters; matmul 2048² peak %.1f GFLOP/s%n",
                    System.getProperty("ai.djl.pytorch.num_threads", "default"), n, peak / 1e9);
            Generator generator = new Generator(decoder, manager);
            GenerationSettings settings =
                    new GenerationSettings(new Decoding(0.7, 0.95, 0, newTokens, List.of()), -1, 0);
            double b1 = 0;
            for (int batch : batches) {
                List<GenerationRequest> requests =
                        prompts(batch, config.vocabulary().size());
                generator.generate(requests, settings, ids -> "", Generator.StepListener.NONE);
                long start = System.nanoTime();
                int rounds = Math.max(1, 64 / batch);
                for (int round = 0; round < rounds; round++) {
                    generator.generate(requests, settings, ids -> "", Generator.StepListener.NONE);
                }
                double seconds = (System.nanoTime() - start) / 1e9 / rounds;
                double tokensPerSecond = batch * newTokens / seconds;
                b1 = batch == 1 ? tokensPerSecond : b1;
                System.out.printf(
                        "batch %4d: %,9.0f tokens/s, %6.2f ms per step, 2N·tokens/s = %5.1f GFLOP/s"
                                + " (%4.1f%% of peak)%s%n",
                        batch,
                        tokensPerSecond,
                        1000 * seconds / newTokens,
                        2.0 * n * tokensPerSecond / 1e9,
                        100 * 2.0 * n * tokensPerSecond / peak,
                        b1 > 0 && batch > 1 ? String.format(", %.1f× batch 1", tokensPerSecond / b1) : "");
                pickCost(batch, config.vocabulary().size());
            }
        }
    }

    /** Prompts of 20 to 80 tokens, as ragged as real questions. */
    private static List<GenerationRequest> prompts(int batch, int vocab) {
        Random random = new Random(batch);
        List<GenerationRequest> requests = new ArrayList<>();
        for (int r = 0; r < batch; r++) {
            requests.add(new GenerationRequest(
                    random.ints(20 + random.nextInt(61), 1, vocab).toArray(), r));
        }
        return requests;
    }

    /** The Java draw alone on (batch, vocab) logits, per step. */
    private static void pickCost(int batch, int vocab) {
        float[] logits = new float[batch * vocab];
        Random random = new Random(3);
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) (3 * random.nextGaussian());
        }
        TokenPicker picker = new TokenPicker(0.7, 0, 0.95);
        int rounds = 200;
        long start = 0;
        for (int round = -50; round < rounds; round++) {
            start = round == 0 ? System.nanoTime() : start;
            for (int r = 0; r < batch; r++) {
                picker.pick(logits, r * vocab, vocab, random.nextDouble());
            }
        }
        System.out.printf(
                "            Java top-p draw: %.3f ms per step%n", (System.nanoTime() - start) / 1e6 / rounds);
    }
}
