package io.github.siked.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The results committed under {@code results/} read back and render to the same bytes: a change to
 * the metrics records, their JSON or the tables that would rewrite a committed file fails here
 * rather than in the next experiment's diff.
 */
class CommittedResultsTest {

    private static final Path RESULTS = Path.of("..", "results");

    @ParameterizedTest
    @ValueSource(strings = {"quickstart", "quickstart-compare"})
    void readsAndRewritesMetricsJsonByteForByte(String experiment) throws IOException {
        Path metrics = RESULTS.resolve(experiment).resolve(ResultsWriter.METRICS);

        assertEquals(Files.readString(metrics), MetricsJson.write(ExperimentMetrics.read(metrics)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"quickstart", "quickstart-compare"})
    void rendersTheCommittedTables(String experiment) throws IOException {
        Path folder = RESULTS.resolve(experiment);

        assertEquals(
                Files.readString(folder.resolve(ResultsWriter.README)),
                ExperimentReadme.render(ExperimentMetrics.read(folder.resolve(ResultsWriter.METRICS))));
    }

    @Test
    void rendersTheCommittedIndex() throws IOException {
        assertEquals(
                Files.readString(RESULTS.resolve(ResultsWriter.README)),
                ResultsIndex.render(ResultsIndex.readAll(RESULTS)));
    }
}
