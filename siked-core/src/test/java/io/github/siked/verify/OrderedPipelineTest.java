package io.github.siked.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {

    @Test
    void handsResultsOnInSubmissionOrderWhateverOrderTheyFinishIn() {
        List<Integer> seen = new ArrayList<>();
        try (OrderedPipeline<Integer> pipeline = new OrderedPipeline<>("test", 4, 8, seen::add)) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                if (i % 3 == 0) {
                    pipeline.submitDone(n);
                } else {
                    pipeline.submit(() -> {
                        sleepMicros(ThreadLocalRandom.current().nextInt(500));
                        return n;
                    });
                }
            }
            pipeline.drain();
        }
        assertEquals(IntStream.range(0, 200).boxed().toList(), seen);
    }

    @Test
    void neverHoldsMoreThanItsWindow() {
        List<Integer> seen = new ArrayList<>();
        try (OrderedPipeline<Integer> pipeline = new OrderedPipeline<>("test", 2, 5, seen::add)) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                pipeline.submit(() -> n);
                // After submitting i + 1 tasks with a window of 5, at least i + 1 - 5 were handed on.
                assertEquals(true, seen.size() >= i + 1 - 5, "window exceeded at " + i);
            }
            pipeline.drain();
        }
        assertEquals(20, seen.size());
    }

    @Test
    void aTaskFailureReachesTheCallerUnwrapped() {
        try (OrderedPipeline<Integer> pipeline = new OrderedPipeline<>("test", 2, 4, x -> {})) {
            pipeline.submit(() -> 1);
            pipeline.submit(() -> {
                throw new IllegalStateException("no python");
            });
            IllegalStateException e = assertThrows(IllegalStateException.class, pipeline::drain);
            assertEquals("no python", e.getMessage());
        }
    }

    private static void sleepMicros(int micros) {
        try {
            Thread.sleep(0, micros * 1000 % 999_999);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
