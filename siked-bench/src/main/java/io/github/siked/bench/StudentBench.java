package io.github.siked.bench;

import io.github.siked.djl.model.Architecture;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.djl.probe.MatmulPeak;
import io.github.siked.djl.probe.SamplingThroughput;
import io.github.siked.djl.probe.TrainThroughput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bench/run student}: the DJL student engine on a ~5 M-parameter Llama-style decoder (6
 * layers, hidden 256, 8 query and 4 key/value heads, SwiGLU 768, tied embeddings), all figures from
 * one run on the same torch thread count ({@code -Dai.djl.pytorch.num_threads}, set by bench/run
 * from {@code SIKED_BENCH_THREADS}):
 *
 * <ul>
 *   <li>training token slots/s through the real trainer at 8 rows of 256 and its model FLOPs
 *       utilization, 6·N·tokens/s over the best 2048² fp32 matmul rate measured here;
 *   <li>the same model shape and batch trained by a plain PyTorch loop ({@code
 *       torch_train_baseline.py}, Debian's torch with OpenBLAS) on the same thread count; each row
 *       packs four examples of 64 tokens, which the plain loop masks block-diagonally over full
 *       (256, 256) scores and the trainer attends through key windows (a quarter of the scores);
 *   <li>sampling new tokens/s of the trained model at batch 1, 16, 64 and 256, prompts of 20 to 80
 *       tokens in one batch, 128 new tokens a row, temperature 0.7, top-p 0.95;
 *   <li>resident memory over 2,000 training steps (1 row of 128 tokens, to stay within minutes) and
 *       then 100 sampling rounds.
 * </ul>
 *
 * <p>Shared machines drift: the matmul peak is measured before training and again before
 * sampling, and both MFU figures use the better of the two. With one torch thread every figure is
 * also given per second of CPU time of the process (of the Python process for the baseline),
 * which the neighbours do not move ({@code *_cpu_*}, {@code cpu_mfu}, {@code matmul_cpu_flops}).
 *
 * <p>Keys: {@code matmul_flops}, {@code train_tokens_per_s}, {@code mfu}, {@code
 * torch_train_tokens_per_s}, {@code torch_python_ratio}, {@code sample_tokens_per_s_b1} (b16, b64,
 * b256), {@code sample_b64_over_b1}, {@code sample_mfu_b256}, {@code rss_mb_start}, {@code
 * rss_mb_train_end}, {@code rss_mb_end}, {@code threads}, {@code matmul_parameters}, and the
 * CPU-time figures {@code cpu_mfu}, {@code torch_python_cpu_ratio}, {@code sample_cpu_b64_over_b1},
 * {@code sample_cpu_mfu_b256}.
 */
final class StudentBench implements Bench.Benchmark {

    static final ModelConfig SHAPE = ModelConfig.tiny(Architecture.LLAMA, 512, 256, 768, 6, 8, 4);
    private static final int TRAIN_BATCH = 8;
    private static final int TRAIN_LENGTH = 256;
    private static final int TRAIN_WARMUP = 2;
    private static final int TRAIN_STEPS = 5;
    private static final int[] SAMPLE_BATCHES = {1, 16, 64, 256};
    private static final int NEW_TOKENS = 128;
    private static final int MIN_PROMPT = 20;
    private static final int MAX_PROMPT = 80;
    private static final int RSS_STEPS = 2_000;
    /** RSS is read from here on: the first steps allocate AdamW's moments and libtorch's caches. */
    private static final int RSS_FROM_STEP = 100;

    private static final int RSS_LENGTH = 128;
    private static final int RSS_ROUNDS = 100;

    @Override
    public Map<String, Double> run() throws Exception {
        int threads = Integer.parseInt(System.getProperty("ai.djl.pytorch.num_threads", "1"));
        Path work = Files.createTempDirectory("siked-bench-student");
        Map<String, Double> figures = new LinkedHashMap<>();
        System.out.printf(
                "student benchmark: %d torch thread(s) on both sides, %d cores%n",
                threads, Runtime.getRuntime().availableProcessors());

        // Yardstick: the best dense fp32 matmul rate of this machine, now and again before sampling.
        MatmulPeak.Rates before = MatmulPeak.measure(2048, 6);
        figures.put("threads", (double) threads);

        // Training through the real trainer, then the same shape and batch in plain PyTorch.
        TrainThroughput.Result train = TrainThroughput.run(
                SHAPE, TRAIN_BATCH, TRAIN_LENGTH, TRAIN_WARMUP, TRAIN_STEPS, work.resolve("train"), step -> {});
        long n = train.model().matmulParameters();
        figures.put("matmul_parameters", (double) n);
        figures.put("train_tokens_per_s", train.tokensPerSecond());
        if (threads == 1) {
            figures.put("train_cpu_tokens_per_s", train.cpuTokensPerSecond());
        }
        torchBaseline(train.model(), threads).ifPresent(torch -> {
            figures.put("torch_train_tokens_per_s", torch.tokensPerSecond());
            figures.put("torch_matmul_flops", torch.matmulFlops());
            figures.put("torch_python_ratio", train.tokensPerSecond() / torch.tokensPerSecond());
            if (threads == 1) {
                figures.put("torch_train_cpu_tokens_per_s", torch.cpuTokensPerSecond());
                figures.put("torch_python_cpu_ratio", train.cpuTokensPerSecond() / torch.cpuTokensPerSecond());
            }
        });

        // Sampling the trained model with the cache, ragged prompts, at growing batches.
        MatmulPeak.Rates again = MatmulPeak.measure(2048, 6);
        double samplePeak = Math.max(before.wallFlops(), again.wallFlops());
        double cpuPeak = Math.max(before.cpuFlops(), again.cpuFlops());
        figures.put("matmul_flops", samplePeak);
        figures.put("mfu", 6.0 * n * train.tokensPerSecond() / samplePeak);
        if (threads == 1) {
            figures.put("cpu_mfu", 6.0 * n * train.cpuTokensPerSecond() / cpuPeak);
        }
        try (SamplingThroughput sampling = new SamplingThroughput(train.modelDir(), MIN_PROMPT, MAX_PROMPT)) {
            for (int batch : SAMPLE_BATCHES) {
                int rounds = batch == 1 ? 3 : 1;
                SamplingThroughput.Rates rate = sampling.tokensPerSecond(batch, NEW_TOKENS, rounds);
                figures.put("sample_tokens_per_s_b" + batch, rate.wallTokensPerSecond());
                if (threads == 1) {
                    figures.put("sample_cpu_tokens_per_s_b" + batch, rate.cpuTokensPerSecond());
                }
                System.out.printf(
                        "sample batch %3d: %,9.0f new tokens/s (%,9.0f per CPU second)%n",
                        batch, rate.wallTokensPerSecond(), rate.cpuTokensPerSecond());
            }
        }
        figures.put(
                "sample_b64_over_b1", figures.get("sample_tokens_per_s_b64") / figures.get("sample_tokens_per_s_b1"));
        figures.put("sample_mfu_b256", 2.0 * n * figures.get("sample_tokens_per_s_b256") / samplePeak);
        if (threads == 1) {
            // The same figures by CPU time, which the neighbours on a shared machine do not move.
            figures.put("matmul_cpu_flops", cpuPeak);
            figures.put(
                    "sample_cpu_b64_over_b1",
                    figures.get("sample_cpu_tokens_per_s_b64") / figures.get("sample_cpu_tokens_per_s_b1"));
            figures.put("sample_cpu_mfu_b256", 2.0 * n * figures.get("sample_cpu_tokens_per_s_b256") / cpuPeak);
        }

        // Memory: 2,000 small training steps, then 100 sampling rounds of fresh prompts.
        double[] rss = new double[2];
        TrainThroughput.Result small = TrainThroughput.run(
                SHAPE, 1, RSS_LENGTH, RSS_FROM_STEP, RSS_STEPS - RSS_FROM_STEP, work.resolve("rss"), step -> {
                    if (step == RSS_FROM_STEP) {
                        rss[0] = ResidentMemory.megabytes();
                    } else if (step == RSS_STEPS) {
                        rss[1] = ResidentMemory.megabytes();
                    }
                    if (step % 500 == 0 || step == RSS_FROM_STEP) {
                        System.out.printf("rss: training step %,5d, %,.1f MiB%n", step, ResidentMemory.megabytes());
                    }
                });
        figures.put("rss_mb_start", rss[0]);
        figures.put("rss_mb_train_end", rss[1]);
        try (SamplingThroughput sampling = new SamplingThroughput(small.modelDir(), MIN_PROMPT, MAX_PROMPT)) {
            for (int round = 0; round < RSS_ROUNDS; round++) {
                sampling.generateOnce(16, 16, round);
                if ((round + 1) % 25 == 0) {
                    System.out.printf("rss: sampling round %3d, %,.1f MiB%n", round + 1, ResidentMemory.megabytes());
                }
            }
        }
        figures.put("rss_mb_end", ResidentMemory.megabytes());
        printTable(figures, threads);
        return figures;
    }

    private static Optional<TorchBaseline.Result> torchBaseline(ModelConfig model, int threads) throws Exception {
        Path root = Path.of(System.getProperty("siked.bench.root", "."));
        TorchBaseline baseline = new TorchBaseline(
                System.getProperty("siked.bench.torchPython", "/usr/bin/python3"),
                root.resolve("siked-bench/src/main/python/torch_train_baseline.py"));
        Optional<String> why = baseline.unavailable();
        if (why.isPresent()) {
            System.out.println("torch_python_ratio: missing, the PyTorch baseline did not run: " + why.get());
            return Optional.empty();
        }
        TorchBaseline.Result result =
                baseline.train(model, TRAIN_BATCH, TRAIN_LENGTH, TRAIN_WARMUP, TRAIN_STEPS, threads);
        System.out.printf("torch %s baseline: %,.0f tokens/s%n", result.torchVersion(), result.tokensPerSecond());
        return Optional.of(result);
    }

    private static void printTable(Map<String, Double> f, int threads) {
        System.out.printf(
                "%n%-44s %14s %12s%n", "student engine, " + threads + " torch thread(s)", "measured", "target");
        row("dense fp32 matmul 2048², best, GFLOP/s", f.get("matmul_flops") / 1e9, "");
        row("train tokens/s (8 × 256, AdamW)", f.get("train_tokens_per_s"), "");
        row("train MFU, %", 100 * f.get("mfu"), "≥ 40");
        if (f.containsKey("torch_python_ratio")) {
            row("PyTorch loop tokens/s (same shape, batch)", f.get("torch_train_tokens_per_s"), "");
            row("ours / PyTorch", f.get("torch_python_ratio"), "≥ 1.0");
        } else {
            row("ours / PyTorch", Double.NaN, "missing");
        }
        for (int batch : SAMPLE_BATCHES) {
            row("sample new tokens/s, batch " + batch, f.get("sample_tokens_per_s_b" + batch), "");
        }
        row("batch 64 over batch 1", f.get("sample_b64_over_b1"), "≥ 20");
        row("batch 256 2·N·tokens/s of peak, %", 100 * f.get("sample_mfu_b256"), "≥ 25");
        if (f.containsKey("sample_cpu_b64_over_b1")) {
            row("by CPU time: train MFU, %", 100 * f.get("cpu_mfu"), "≥ 40");
            if (f.containsKey("torch_python_cpu_ratio")) {
                row("by CPU time: ours / PyTorch", f.get("torch_python_cpu_ratio"), "≥ 1.0");
            }
            row("by CPU time: batch 64 over batch 1", f.get("sample_cpu_b64_over_b1"), "≥ 20");
            row("by CPU time: batch 256 of CPU-time peak, %", 100 * f.get("sample_cpu_mfu_b256"), "≥ 25");
        }
        row("RSS MiB at training step " + RSS_FROM_STEP, f.get("rss_mb_start"), "");
        row("RSS MiB at training step " + RSS_STEPS, f.get("rss_mb_train_end"), "");
        row("RSS MiB after " + RSS_ROUNDS + " sampling rounds", f.get("rss_mb_end"), "flat");
    }

    private static void row(String label, double value, String target) {
        System.out.printf("%-44s %,14.2f %12s%n", label, value, target);
    }
}
