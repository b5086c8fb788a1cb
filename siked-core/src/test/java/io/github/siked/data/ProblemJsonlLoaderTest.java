package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.record.Problem;
import io.github.siked.record.RecordFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemJsonlLoaderTest {

    @Test
    void readsRecordsAndCanonicalizesAnswers() {
        Dataset dataset =
                new ProblemJsonlLoader("jsonl:problems.jsonl").load(SharedDatasets.fixture("problems-good.jsonl"));
        assertEquals("jsonl:problems.jsonl", dataset.name());
        assertEquals(
                List.of(
                        new Problem("p-1", "How many?", "18"),
                        new Problem("p-2", "How much?", "1000"),
                        new Problem("p-3", "What part?", "0.75")),
                dataset.problems());
    }

    @Test
    void nonNumericAnswerNamesTheLine() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new ProblemJsonlLoader("x").load(SharedDatasets.fixture("problems-non-numeric.jsonl")));
        assertEquals(2, e.line());
        assertTrue(
                e.getMessage()
                        .endsWith("problems-non-numeric.jsonl:2: field 'answer': 'Yes' is not a number;"
                                + " write the gold answer as a decimal such as 18 or 2.5"),
                e.getMessage());
    }

    @Test
    void missingFieldNamesTheLine() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new ProblemJsonlLoader("x").load(SharedDatasets.fixture("problems-missing-question.jsonl")));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("question"), e.getMessage());
    }

    @Test
    void duplicateIdNamesTheLine() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new ProblemJsonlLoader("x").load(SharedDatasets.fixture("problems-duplicate-id.jsonl")));
        assertTrue(
                e.getMessage()
                        .endsWith(
                                "problems-duplicate-id.jsonl:3: a second problem with the id 'p-1': ids must be unique"),
                e.getMessage());
    }
}
