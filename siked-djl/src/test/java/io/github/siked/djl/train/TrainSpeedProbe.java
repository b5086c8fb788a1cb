package io.github.siked.djl.train;

import ai.djl.ndarray.NDManager;
import io.github.siked.djl.model.Architecture;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.djl.probe.MatmulPeak;
import io.github.siked.event.EventListener;
import io.github.siked.student.Overflow;
import io.github.siked.student.TokenizedExample;
import io.github.siked.student.TrainConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Prints training tokens/s of a ~5 M-parameter decoder at rows of 256 (batch 16) and its model
 * FLOPs utilization, 6·N·tokens/s over the best fp32 matmul FLOP/s (2048²) measured in the same
 * run: information for the benchmark, not a test. Run after test-compile with the module's test
 * classpath: {@code java -cp <classpath> io.github.siked.djl.train.TrainSpeedProbe [steps]}.
 */
public final class TrainSpeedProbe {

    private TrainSpeedProbe() {}

    public static void main(String[] args) throws Exception {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ModelConfig model = ModelConfig.tiny(Architecture.LLAMA, 512, 256, 768, 6, 8, 4);
        double peak = MatmulPeak.measure(2048, 5).wallFlops();
        // 4 examples of 64 tokens fill each 256-token row exactly; 16 rows a step.
        Random random = new Random(1);
        List<TokenizedExample> examples = new ArrayList<>();
        for (int i = 0; i < 64 * (steps + 2); i++) {
            examples.add(new TokenizedExample(
                    random.ints(16, 1, 512).toArray(), random.ints(48, 1, 512).toArray(), 1f));
        }
        TrainConfig config = TrainConfig.builder()
                .optEpochs(1)
                .optLearningRate(1e-3)
                .optWarmupRatio(0.0)
                .optBatchSize(16)
                .optMaxLength(256)
                .optOverflow(Overflow.REJECT)
                .optSeed(1)
                .optFullFineTuning()
                .build();
        Path checkpoints = Files.createTempDirectory("probe");
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(model, 1, manager)) {
            TrainingLoop loop = new TrainingLoop(
                    decoder,
                    Optional.empty(),
                    config,
                    new TrainingLoop.Options(checkpoints, 0, 1_000_000, 2),
                    EventListener.NONE);
            loop.run(examples, 0);
            TrainingLoop timed = new TrainingLoop(
                    decoder,
                    Optional.empty(),
                    config,
                    new TrainingLoop.Options(checkpoints, 0, 1_000_000, steps),
                    EventListener.NONE);
            long start = System.nanoTime();
            timed.run(examples, 0);
            double seconds = (System.nanoTime() - start) / 1e9;
            double tokensPerSecond = steps * 16.0 * 256 / seconds;
            double mfu = 6.0 * model.matmulParameters() * tokensPerSecond / peak;
            System.out.printf(
                    "matmul parameters %,d; matmul 2048² best %.1f GFLOP/s%n", model.matmulParameters(), peak / 1e9);
            System.out.printf(
                    "train: %,.0f tokens/s (%.3f s/step), MFU %.1f%%%n", tokensPerSecond, seconds / steps, 100 * mfu);
        }
    }
}
