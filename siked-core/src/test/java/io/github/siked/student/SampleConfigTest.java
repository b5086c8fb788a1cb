package io.github.siked.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals(0.7, siked.temperature());
        assertEquals(0.95, siked.topP());
        assertEquals(512, siked.maxNewTokens());
        assertTrue(SampleConfig.greedy().greedyDecoding());
    }

    @Test
    void messagesNameTheKeyTheValueAndTheRange() {
        assertMessage(
                "siked.sample.k is 0: use a whole number from 1 to 1000",
                () -> new SampleConfig(0, 0.7, 0.95, 0, 512, List.of(), 0, 64));
        assertMessage(
                "siked.sample.temperature is -0.1: use a value from 0.0 to 10.0",
                () -> new SampleConfig(1, -0.1, 0.95, 0, 512, List.of(), 0, 64));
        assertMessage(
                "siked.sample.topP is 0.0: use a value above 0.0 and at most 1.0",
                () -> new SampleConfig(1, 0.7, 0, 0, 512, List.of(), 0, 64));
        assertMessage(
                "siked.sample.topK is -1: use a whole number from 0 to 1000000",
                () -> new SampleConfig(1, 0.7, 0.95, -1, 512, List.of(), 0, 64));
        assertMessage(
                "siked.sample.maxNewTokens is 0: use a whole number from 1 to 1000000",
                () -> new SampleConfig(1, 0.7, 0.95, 0, 0, List.of(), 0, 64));
        assertMessage(
                "siked.sample.batchSize is 0: use a whole number from 1 to 65536",
                () -> new SampleConfig(1, 0.7, 0.95, 0, 512, List.of(), 0, 0));
        assertMessage(
                "siked.sample.stop holds an empty string, which would stop every sample at once: remove it",
                () -> new SampleConfig(1, 0.7, 0.95, 0, 512, List.of("\n\n", ""), 0, 64));
    }

    @Test
    void greedyWithSeveralSamplesIsAMistake() {
        assertMessage(
                "siked.sample.k is 10 with siked.sample.temperature 0: greedy decoding gives the same output"
                        + " k times; set k to 1 or a temperature above 0",
                () -> new SampleConfig(10, 0, 1, 0, 512, List.of(), 0, 64));
    }
}
