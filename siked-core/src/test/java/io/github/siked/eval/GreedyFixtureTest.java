package io.github.siked.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.siked.record.GradedSample;
import io.github.siked.record.JsonlReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Greedy evaluation of graded records as the verify stage writes them, read from a fixture file. */
class GreedyFixtureTest {

    @Test
    void evaluatesARecordedGreedyRun() throws URISyntaxException {
        DatasetEval eval = GreedyEval.of("gsm8k-test", read("/eval/greedy.graded.jsonl"));
        assertEquals(7, eval.n());
        assertEquals(3, eval.correct());
        assertEquals(new StrategyStats(3, 3.0 / 7, 2.0 / 3), eval.byStrategy().get("cot"));
        assertEquals(new StrategyStats(1, 1.0 / 7, 0.0), eval.byStrategy().get("l2m"));
        assertEquals(new StrategyStats(2, 2.0 / 7, 0.5), eval.byStrategy().get("pot"));
        // gsm8k-test-3 is recorded as cot but starts with no tag.
        assertEquals(new StrategyStats(1, 1.0 / 7, 0.0), eval.byStrategy().get("none"));
        // Of the three cot outputs only gsm8k-test-5 writes "#### 64"; the last number is right twice.
        HarnessScores harness = eval.harness().orElseThrow();
        assertEquals(3, harness.n());
        assertEquals(1.0 / 3, harness.strictMatch(), 1e-12);
        assertEquals(2.0 / 3, harness.flexibleExtract(), 1e-12);
    }

    private static List<GradedSample> read(String resource) throws URISyntaxException {
        Path file = Path.of(GreedyFixtureTest.class.getResource(resource).toURI());
        List<GradedSample> samples = new ArrayList<>();
        try (JsonlReader<GradedSample> reader = JsonlReader.open(file, GradedSample.class)) {
            reader.forEachRemaining(samples::add);
        }
        return samples;
    }
}
