package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.record.Problem;
import org.junit.jupiter.api.Test;

class Gsm8kLoaderTest {

    // SharedFilesTest checks the sizes, ids and gold answers of both splits.
    @Test
    void readsTheQuestionsWholeAndSkipsNothing() {
        Dataset train = SharedDatasets.read("gsm8k-train");
        assertTrue(train.skipped().isEmpty());
        assertTrue(train.require("gsm8k-train-0")
                .question()
                .startsWith("Natalia sold clips to 48 of her friends in April"));
        Problem first = SharedDatasets.read("gsm8k-test").problems().get(0);
        assertTrue(first.question().startsWith("Janet’s ducks lay 16 eggs per day."));
        assertTrue(first.question().endsWith("How much in dollars does she make every day at the farmers' market?"));
    }

    @Test
    void goldIsTheNumberAfterTheLastMarker() {
        Dataset dataset = new Gsm8kLoader("gsm8k-test").load(SharedDatasets.fixture("gsm8k-good.jsonl"));
        assertEquals(3, dataset.size());
        assertEquals("1234.5", dataset.require("gsm8k-test-0").answer());
        assertEquals("7", dataset.require("gsm8k-test-1").answer());
        // A blank line between records does not shift the ids.
        assertEquals("3", dataset.require("gsm8k-test-2").answer());
    }
}
