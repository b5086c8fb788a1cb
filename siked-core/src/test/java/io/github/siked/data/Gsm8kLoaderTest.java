package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.record.Problem;
import io.github.siked.record.RecordFormatException;
import org.junit.jupiter.api.Test;

class Gsm8kLoaderTest {

    @Test
    void readsTheWholeTrainSplit() {
        Dataset train = new Gsm8kLoader("gsm8k-train").load(SharedDatasets.file("gsm8k/train.jsonl"));
        assertEquals("gsm8k-train", train.name());
        assertEquals(7_473, train.size());
        assertTrue(train.skipped().isEmpty());
        assertEquals("72", train.require("gsm8k-train-0").answer());
        assertTrue(train.require("gsm8k-train-0")
                .question()
                .startsWith("Natalia sold clips to 48 of her friends in April"));
        assertEquals("50", train.require("gsm8k-train-7472").answer());
        // Thousands commas after #### are removed.
        assertEquals("1080", train.require("gsm8k-train-345").answer());
        assertEquals("850000", train.require("gsm8k-train-367").answer());
    }

    @Test
    void readsTheWholeTestSplit() {
        Dataset test = new Gsm8kLoader("gsm8k-test").load(SharedDatasets.file("gsm8k/test.jsonl"));
        assertEquals(1_319, test.size());
        Problem first = test.problems().get(0);
        assertEquals("gsm8k-test-0", first.id());
        assertEquals("18", first.answer());
        assertTrue(first.question().startsWith("Janet’s ducks lay 16 eggs per day."));
        assertTrue(first.question().endsWith("How much in dollars does she make every day at the farmers' market?"));
        assertEquals("57500", test.require("gsm8k-test-17").answer());
        assertEquals("-10", test.require("gsm8k-test-489").answer());
        assertEquals("14", test.require("gsm8k-test-1318").answer());
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

    @Test
    void missingFieldNamesFileLineAndField() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new Gsm8kLoader("gsm8k-test").load(SharedDatasets.fixture("gsm8k-missing-answer.jsonl")));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("gsm8k-missing-answer.jsonl:2: missing field 'answer'"), e.getMessage());
    }

    @Test
    void answerWithoutMarkerIsAnError() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new Gsm8kLoader("gsm8k-test").load(SharedDatasets.fixture("gsm8k-no-marker.jsonl")));
        assertTrue(
                e.getMessage().endsWith("gsm8k-no-marker.jsonl:1: field 'answer' has no '####' before the gold number"),
                e.getMessage());
    }

    @Test
    void nonNumericGoldIsAnError() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new Gsm8kLoader("gsm8k-test").load(SharedDatasets.fixture("gsm8k-non-numeric.jsonl")));
        assertTrue(
                e.getMessage().endsWith("gsm8k-non-numeric.jsonl:2: gold answer 'twelve' after '####' is not a number"),
                e.getMessage());
    }

    @Test
    void badJsonNamesTheLine() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new Gsm8kLoader("gsm8k-test").load(SharedDatasets.fixture("gsm8k-bad-json.jsonl")));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("gsm8k-bad-json.jsonl:3: not valid JSON"), e.getMessage());
    }
}
