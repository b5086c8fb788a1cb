package io.github.siked.djl.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.github.siked.djl.model.Decoder;
import io.github.siked.event.EventListener;
import io.github.siked.student.LoraConfig;
import io.github.siked.student.Schedule;
import io.github.siked.student.TokenizedExample;
import io.github.siked.student.TrainConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped after some steps and resumed from its checkpoint ends with the same weights as a
 * run that was never stopped; LoRA training leaves the base weights bit for bit as they were.
 */
class ResumeTest {

    @TempDir
    Path directory;

    @Test
    void resumedFullFineTuningEndsWhereAnUninterruptedRunEnds() throws Exception {
        TrainConfig config = recipe().build();
        Map<String, float[]> uninterrupted = train(config, directory.resolve("a"), -1);
        // Stopped after 5 steps; the last checkpoint is at step 3, so steps 4-5 are redone.
        train(config, directory.resolve("b"), 5);
        Map<String, float[]> resumed = train(config, directory.resolve("b"), -1);
        assertEquals(uninterrupted.keySet(), resumed.keySet());
        uninterrupted.forEach((name, values) -> assertArrayEquals(values, resumed.get(name), name));
    }

    @Test
    void resumedLoraWithDropoutEndsWhereAnUninterruptedRunEnds() throws Exception {
        TrainConfig config = recipe().optLora(LORA).build();
        Map<String, float[]> uninterrupted = train(config, directory.resolve("a"), -1);
        train(config, directory.resolve("b"), 4);
        Map<String, float[]> resumed = train(config, directory.resolve("b"), -1);
        uninterrupted.forEach((name, values) -> assertArrayEquals(values, resumed.get(name), name));
    }

    @Test
    void loraTrainingLeavesTheBaseUntouched() throws Exception {
        TrainConfig config = recipe().optLora(LORA).build();
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(LoraTest.LLAMA, 3, manager);
                LoraAdapter lora = new LoraAdapter(LoraTest.LLAMA, config.lora().get(), 4, manager)) {
            Map<String, float[]> before = snapshot(decoder.weights().parameters());
            trainWithoutCheckpoints(decoder, lora, config);
            snapshot(decoder.weights().parameters())
                    .forEach((name, values) -> assertArrayEquals(before.get(name), values, name));
            float[] b = lora.parameters().get(LoraAdapter.key(1, "down", 'B')).toFloatArray();
            assertTrue(LoraTest.maxDifference(b, new float[b.length]) > 0, "B did not train");
        }
    }

    @Test
    void accumulatedMicroBatchesTrainAsOneBigBatch() throws Exception {
        TrainConfig accumulated = recipe().build();
        TrainConfig big = recipe().optBatchSize(4).optGradientAccumulation(1).build();
        Map<String, float[]> a = train(accumulated, directory.resolve("a"), -1);
        Map<String, float[]> b = train(big, directory.resolve("b"), -1);
        a.forEach((name, values) -> assertTrue(LoraTest.maxDifference(values, b.get(name)) < 2e-5, name));
    }

    @Test
    void nativeArraysStayFlatAcrossSteps() throws Exception {
        TrainConfig config = recipe().optLora(LORA).build();
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(LoraTest.LLAMA, 3, manager);
                LoraAdapter lora = new LoraAdapter(LoraTest.LLAMA, config.lora().get(), 4, manager)) {
            NDManager model = decoder.weights().embedding().getManager();
            NDManager adapter = lora.parameters().values().iterator().next().getManager();
            int modelArrays = model.getManagedArrays().size();
            int adapterArrays = adapter.getManagedArrays().size();
            trainWithoutCheckpoints(decoder, lora, config);
            assertEquals(modelArrays, model.getManagedArrays().size(), "arrays left in the model's manager");
            assertEquals(adapterArrays, adapter.getManagedArrays().size(), "arrays left in the adapter's");
        }
    }

    /** LoRA's adapter in these runs: rank 4, alpha 8 on every projection, with dropout to replay on resume. */
    static final LoraConfig LORA = new LoraConfig(4, 8, 0.1, LoraConfig.ALL_TARGETS);

    /**
     * The runs' settings: 2 epochs at lr 1e-2, cosine after 20 % warmup, 2 micro-batches of 2 rows of
     * 32 tokens per step, weight decay 0.01, seed 11; every weight trains unless an adapter is given.
     */
    static TrainConfig.Builder recipe() {
        return TrainConfig.builder()
                .optEpochs(2)
                .optLearningRate(1e-2)
                .optSchedule(Schedule.COSINE)
                .optWarmupRatio(0.2)
                .optBatchSize(2)
                .optGradientAccumulation(2)
                .optMaxLength(32)
                .optWeightDecay(0.01)
                .optSeed(11)
                .optFullFineTuning();
    }

    /** Trains a fresh model (same seeds every call) in {@code checkpoints}; returns its weights. */
    static Map<String, float[]> train(TrainConfig config, Path checkpoints, long stopAfter) throws Exception {
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(LoraTest.LLAMA, 3, manager)) {
            Optional<LoraAdapter> lora = config.lora().map(l -> new LoraAdapter(LoraTest.LLAMA, l, 4, manager));
            TrainingLoop.Outcome outcome = new TrainingLoop(
                            decoder,
                            lora,
                            config,
                            new TrainingLoop.Options(checkpoints, checkpointEvery(config), 100, stopAfter),
                            EventListener.NONE)
                    .run(examples(), 0);
            assertFalse(Double.isNaN(outcome.lastLoss()) && stopAfter < 0, "no loss logged");
            assertTrue(Files.exists(checkpoints.resolve(TrainCheckpoint.FILE)));
            Map<String, float[]> weights = snapshot(decoder.weights().parameters());
            lora.ifPresent(l -> weights.putAll(snapshot(l.parameters())));
            lora.ifPresent(LoraAdapter::close);
            return weights;
        }
    }

    private void trainWithoutCheckpoints(Decoder decoder, LoraAdapter lora, TrainConfig config) throws Exception {
        new TrainingLoop(
                        decoder,
                        Optional.of(lora),
                        config,
                        new TrainingLoop.Options(directory, 0, 100, -1),
                        EventListener.NONE)
                .run(examples(), 0);
    }

    /** Every 3 steps in the short runs; every step in the long run that a kill interrupts. */
    static int checkpointEvery(TrainConfig config) {
        return config.epochs() > 2 ? 1 : 3;
    }

    static Map<String, float[]> snapshot(Map<String, NDArray> parameters) {
        Map<String, float[]> copy = new LinkedHashMap<>();
        parameters.forEach((name, p) -> copy.put(name, p.toFloatArray()));
        return copy;
    }

    /** 24 random examples of 6 to 14 tokens, 2 to 5 of them prompt; ids 1..39 (0 pads). */
    static List<TokenizedExample> examples() {
        Random random = new Random(12);
        List<TokenizedExample> examples = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int[] prompt = random.ints(2 + random.nextInt(4), 1, 40).toArray();
            int[] response = random.ints(4 + random.nextInt(6), 1, 40).toArray();
            examples.add(new TokenizedExample(prompt, response, i % 3 == 0 ? 2f : 1f));
        }
        return examples;
    }
}
