package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.record.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private final Problem one = new Problem("d-0", "One?", "1");
    private final Problem two = new Problem("d-2", "Two?", "2");
    private final SkippedRecord skipped = new SkippedRecord("d-1", 1, "a word answer", "Yes");

    @Test
    void looksUpById() {
        Dataset dataset = new Dataset("d", List.of(one, two), List.of(skipped));
        assertEquals(two, dataset.require("d-2"));
        assertEquals(one, dataset.find("d-0").orElseThrow());
        assertTrue(dataset.find("d-1").isEmpty());
        assertEquals(Map.of("a word answer", 1), dataset.skippedByReason());
    }

    @Test
    void unknownIdIsAnErrorNamingIt() {
        Dataset dataset = new Dataset("d", List.of(one), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dataset.require("d-9"));
        assertEquals(
                "no problem 'd-9' in dataset d: check that the samples were made from this dataset", e.getMessage());
    }

    @Test
    void duplicateIdsAreRejected() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Dataset.of("d", List.of(one, new Problem("d-0", "Again?", "3"))));
        assertEquals("dataset d has two problems with the id 'd-0': ids must be unique", e.getMessage());
    }

    @Test
    void isImmutable() {
        List<Problem> problems = new ArrayList<>(List.of(one));
        Dataset dataset = Dataset.of("d", problems);
        problems.add(two);
        assertEquals(1, dataset.size());
        assertThrows(
                UnsupportedOperationException.class, () -> dataset.problems().add(two));
    }

    @Test
    void skippedRecordNeedsAnIndex() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new SkippedRecord("d-1", -1, "why", "raw"));
        assertEquals("index of d-1 must be 0 or more, was -1", e.getMessage());
    }
}
