package io.github.siked.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SampleConfigTest {

    private static void assertMessage(String expected, Executable build) {
        assertEquals(
                expected, assertThrows(IllegalArgumentException.class, build).getMessage());
    }

    @Test
    void sikedSelfSamplingAndGreedyEvaluation() {
        SampleConfig siked = SampleConfig.siked();
        assertEquals(10, siked.k());
        assertEquals(0.7, siked.decoding().temperature());
        assertEquals(0.95, siked.decoding().topP());
        assertEquals(512, siked.decoding().maxNewTokens());
        assertTrue(SampleConfig.greedy().greedyDecoding());
    }

    @Test
    void theBuilderStartsFromGreedyDecodingAndGroupsTheDraw() {
        SampleConfig greedy = SampleConfig.greedy();
        assertEquals(greedy, SampleConfig.builder().build());
        assertEquals(new SampleConfig(1, new Decoding(0, 1, 0, 512, List.of()), 0, 64), greedy);
        assertEquals(
                new Decoding(0.7, 0.95, 0, 512, List.of()), SampleConfig.siked().decoding());
        SampleConfig stopping = SampleConfig.builder()
                .optK(3)
                .optTemperature(1)
                .optTopK(40)
                .optStop(List.of("\n\n"))
                .optSeed(5)
                .optBatchSize(8)
                .build();
        assertEquals(new SampleConfig(3, new Decoding(1, 1, 40, 512, List.of("\n\n")), 5, 8), stopping);
        assertEquals(stopping, stopping.withK(1).withK(3));
        assertEquals(9, stopping.withSeed(9).seed());
        assertFalse(stopping.greedyDecoding());
    }

    @Test
    void messagesNameTheKeyTheValueAndTheRange() {
        assertMessage(
                "siked.sample.k is 0: use a whole number from 1 to 1000",
                () -> SampleConfig.builder()
                        .optK(0)
                        .optTemperature(0.7)
                        .optTopP(0.95)
                        .build());
        assertMessage(
                "siked.sample.temperature is -0.1: use a value from 0.0 to 10.0",
                () -> SampleConfig.builder().optTemperature(-0.1).optTopP(0.95).build());
        assertMessage(
                "siked.sample.topP is 0.0: use a value above 0.0 and at most 1.0",
                () -> SampleConfig.builder().optTemperature(0.7).optTopP(0).build());
        assertMessage(
                "siked.sample.topK is -1: use a whole number from 0 to 1000000",
                () -> SampleConfig.builder()
                        .optTemperature(0.7)
                        .optTopP(0.95)
                        .optTopK(-1)
                        .build());
        assertMessage(
                "siked.sample.maxNewTokens is 0: use a whole number from 1 to 1000000",
                () -> SampleConfig.builder()
                        .optTemperature(0.7)
                        .optTopP(0.95)
                        .optMaxNewTokens(0)
                        .build());
        assertMessage(
                "siked.sample.batchSize is 0: use a whole number from 1 to 65536",
                () -> SampleConfig.builder()
                        .optTemperature(0.7)
                        .optTopP(0.95)
                        .optBatchSize(0)
                        .build());
        assertMessage(
                "siked.sample.stop holds an empty string, which would stop every sample at once: remove it",
                () -> SampleConfig.builder()
                        .optTemperature(0.7)
                        .optTopP(0.95)
                        .optStop(List.of("\n\n", ""))
                        .build());
    }

    @Test
    void greedyWithSeveralSamplesIsAMistake() {
        assertMessage(
                "siked.sample.k is 10 with siked.sample.temperature 0: greedy decoding gives the same output"
                        + " k times; set k to 1 or a temperature above 0",
                () -> SampleConfig.builder().optK(10).build());
    }
}
