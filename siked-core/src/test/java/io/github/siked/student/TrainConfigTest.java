package io.github.siked.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.strategy.Strategy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class TrainConfigTest {

    private static TrainConfig with(
            int epochs, double lr, double warmup, int maxLength, Map<Strategy, Double> weights) {
        return TrainConfig.builder()
                .optEpochs(epochs)
                .optLearningRate(lr)
                .optSchedule(Schedule.COSINE)
                .optWarmupRatio(warmup)
                .optMaxLength(maxLength)
                .optFullFineTuning()
                .optLossWeights(weights)
                .build();
    }

    private static void assertMessage(String expected, Executable build) {
        assertEquals(
                expected, assertThrows(IllegalArgumentException.class, build).getMessage());
    }

    @Test
    void sikedRecipe() {
        TrainConfig siked = TrainConfig.siked();
        assertEquals(3, siked.epochs());
        assertEquals(2e-4, siked.optimization().learningRate());
        assertEquals(8, siked.batching().effectiveBatch());
        assertEquals(1024, siked.batching().maxLength());
        assertEquals(16, siked.lora().orElseThrow().rank());
        assertEquals(2.0, siked.lora().orElseThrow().scale());
        assertEquals(1f, siked.lossWeight(Strategy.POT));
    }

    @Test
    void missingLossWeightsAreOneAndGivenOnesKept() {
        TrainConfig config = with(1, 1e-3, 0, 256, Map.of(Strategy.POT, 0.5));
        assertEquals(0.5f, config.lossWeight(Strategy.POT));
        assertEquals(1f, config.lossWeight(Strategy.COT));
        assertTrue(config.fullFineTuning());
    }

    @Test
    void messagesNameTheKeyTheValueAndTheRange() {
        assertMessage(
                "siked.train.epochs is 0: use a whole number from 1 to 1000", () -> with(0, 1e-3, 0, 256, Map.of()));
        assertMessage(
                "siked.train.learningRate is 0.0: use a value above 0.0 and at most 1.0",
                () -> with(1, 0, 0, 256, Map.of()));
        assertMessage(
                "siked.train.warmupRatio is 0.7: use a value from 0.0 to 0.5", () -> with(1, 1e-3, 0.7, 256, Map.of()));
        assertMessage(
                "siked.train.maxLength is 8: use a whole number from 16 to 1048576",
                () -> with(1, 1e-3, 0, 8, Map.of()));
        assertMessage(
                "siked.train.lossWeights.l2m is -1.0: use a value from 0.0 to 100.0",
                () -> with(1, 1e-3, 0, 256, Map.of(Strategy.L2M, -1.0)));
        assertMessage(
                "siked.train.lossWeights are all 0: give at least one strategy a weight above 0",
                () -> with(1, 1e-3, 0, 256, Map.of(Strategy.COT, 0.0, Strategy.L2M, 0.0, Strategy.POT, 0.0)));
        assertMessage(
                "siked.train.learningRate is NaN: use a value above 0.0 and at most 1.0",
                () -> with(1, Double.NaN, 0, 256, Map.of()));
    }

    @Test
    void theBuilderStartsFromSikedsRecipeAndGroupsTheValuesByConcern() {
        TrainConfig siked = TrainConfig.siked();
        assertEquals(siked, TrainConfig.builder().build());
        assertEquals(new Optimization(2e-4, Schedule.LINEAR, 0.03, 1.0, 0.0), siked.optimization());
        assertEquals(new Batching(8, 1, 1024, Overflow.TRUNCATE), siked.batching());
        TrainConfig scratch = TrainConfig.builder()
                .optBatchSize(4)
                .optGradientAccumulation(2)
                .optWeightDecay(0.01)
                .optFullFineTuning()
                .build();
        assertEquals(new Batching(4, 2, 1024, Overflow.TRUNCATE), scratch.batching());
        assertEquals(0.01, scratch.optimization().weightDecay());
        assertEquals(Optional.of(LoraConfig.siked()), siked.lora());
        assertTrue(scratch.fullFineTuning());
    }

    @Test
    void withSeedAndWithEpochsChangeOnlyTheirValue() {
        TrainConfig siked = TrainConfig.siked();
        assertEquals(TrainConfig.builder().optSeed(7).build(), siked.withSeed(7));
        assertEquals(TrainConfig.builder().optEpochs(1).build(), siked.withEpochs(1));
    }

    @Test
    void eachGroupChecksItsOwnValues() {
        assertMessage(
                "siked.train.batchSize is 0: use a whole number from 1 to 65536",
                () -> new Batching(0, 1, 256, Overflow.TRUNCATE));
        assertMessage(
                "siked.train.gradientAccumulation is 5000: use a whole number from 1 to 4096",
                () -> TrainConfig.builder().optGradientAccumulation(5000).build());
        assertMessage(
                "siked.train.clipNorm is -1.0: use a value from 0.0 to 1000000.0",
                () -> new Optimization(1e-3, Schedule.COSINE, 0, -1, 0));
        assertMessage(
                "siked.train.weightDecay is 2.0: use a value from 0.0 to 1.0",
                () -> TrainConfig.builder().optWeightDecay(2).build());
    }

    @Test
    void loraMessagesNameTheKey() {
        assertMessage(
                "siked.train.lora.rank is 0: use a whole number from 1 to 4096",
                () -> new LoraConfig(0, 32, 0, LoraConfig.ALL_TARGETS));
        assertMessage(
                "siked.train.lora.targets names 'q_proj': use some of [q, k, v, o, gate, up, down]",
                () -> new LoraConfig(16, 32, 0, List.of("q_proj")));
        assertMessage(
                "siked.train.lora.targets is empty: name at least one of [q, k, v, o, gate, up, down]",
                () -> new LoraConfig(16, 32, 0, List.of()));
    }

    @Test
    void loraTargetsComeInCanonicalOrder() {
        assertEquals(List.of("q", "v", "down"), new LoraConfig(8, 16, 0, List.of("down", "v", "q")).targets());
    }

    @Test
    void pomValuesAreReadWithTheirKeyInErrors() {
        assertEquals(Schedule.COSINE, Schedule.fromId("cosine"));
        assertEquals(Overflow.REJECT, Overflow.fromId("reject"));
        assertMessage("siked.train.schedule is 'step': use linear or cosine", () -> Schedule.fromId("step"));
        assertMessage("siked.train.overflow is 'drop': use truncate or reject", () -> Overflow.fromId("drop"));
    }

    @Test
    void scheduleWarmsUpThenDecaysToZero() {
        assertEquals(0.1, Schedule.LINEAR.factor(0, 10, 110), 1e-12);
        assertEquals(1.0, Schedule.LINEAR.factor(9, 10, 110), 1e-12);
        assertEquals(1.0, Schedule.COSINE.factor(10, 10, 110), 1e-12);
        assertEquals(0.5, Schedule.LINEAR.factor(60, 10, 110), 1e-12);
        assertEquals(0.5, Schedule.COSINE.factor(60, 10, 110), 1e-12);
        assertEquals(0.0, Schedule.COSINE.factor(110, 10, 110), 1e-12);
        assertEquals(0.75, Schedule.LINEAR.factor(25, 0, 100), 1e-12);
    }
}
