package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.siked.record.Problem;
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
}
