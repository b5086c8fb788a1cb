package io.github.siked.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.record.RecordFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsIndexTest {

    @TempDir
    Path results;

    @Test
    void listsEveryExperimentSortedByNameWithLinks() throws IOException {
        ResultsWriter writer = new ResultsWriter(e -> {});
        writer.write(results, SampleMetrics.experiment("zeta-smollm", 2));
        writer.write(results, SampleMetrics.combined("alpha-qwen", 7, "gsm8k-test"));
        Files.createDirectories(results.resolve("no-metrics-yet"));

        String index = Files.readString(results.resolve("README.md"));

        assertTrue(index.startsWith("# Results\n\n"), index);
        assertTrue(
                index.contains("| experiment | student | teacher | method | best iteration | gsm8k-test | svamp |\n"
                        + "| --- | --- | --- | --- | ---: | ---: | ---: |\n"
                        + "| [alpha-qwen](alpha-qwen/) | `Qwen/Qwen2-0.5B` | `scripted` | Combined | 0 | 47.2% | – |\n"
                        + "| [zeta-smollm](zeta-smollm/) | `google/gemma-2b` | `meta-llama/Meta-Llama-3-70B-Instruct` | SIKeD adaptive "
                        + "| 2 | 47.2% | 55.1% |\n"),
                index);
        assertTrue(index.endsWith("|\n"));
    }

    @Test
    void saysWhenThereIsNothingToList() throws IOException {
        ResultsIndex.update(results);

        assertEquals(
                "# Results\n\nNo experiment has written results yet.\n",
                Files.readString(results.resolve("README.md")));
    }

    @Test
    void namesAMetricsFileThatCannotBeRead() throws IOException {
        new ResultsWriter(e -> {}).write(results, SampleMetrics.gemma());
        Path broken = results.resolve("broken/metrics.json");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "{\"experiment\": \"broken\", \"iterations\": \"three\"}\n");

        RecordFormatException e = assertThrows(RecordFormatException.class, () -> ResultsIndex.update(results));

        assertEquals(broken, e.file());
        assertEquals(broken + ":1: field 'iterations': must be a list", e.getMessage());
        // The index is not rewritten from a partial list.
        assertTrue(Files.readString(results.resolve("README.md")).contains("[gsm8k-gemma-2b](gsm8k-gemma-2b/)"));
    }
}
