package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Counts on the complete ASDiv and MultiArith files, of which only samples are shared. Runs when
 * {@code -Dsiked.upstreamDatasets=<folder>} names a folder holding {@code ASDiv.xml} and
 * {@code MultiArith.json} as published upstream (the pinned sha256 in {@link DatasetSource}).
 */
class FullUpstreamFilesTest {

    @Test
    void asdivKeepsEveryOneNumberAnswerAndSkipsTheRestByReason() {
        Dataset asdiv = new AsdivLoader().load(upstream("ASDiv.xml"));
        assertEquals(2_084, asdiv.size());
        assertEquals(221, asdiv.skipped().size());
        assertEquals(
                Map.of(
                        AsdivAnswer.SEVERAL, 90,
                        AsdivAnswer.WORDS, 56,
                        AsdivAnswer.RATIO_OR_TIME, 61,
                        AsdivAnswer.FRACTION, 9,
                        AsdivAnswer.NUMBER_IN_WORDS, 5),
                asdiv.skippedByReason());
        assertEquals("nluds-2305", asdiv.problems().get(asdiv.size() - 1).id());
    }

    @Test
    void multiArithHasSixHundred() {
        Dataset multiArith = new MultiArithLoader().load(upstream("MultiArith.json"));
        assertEquals(600, multiArith.size());
        assertEquals("39", multiArith.require("multiarith-0").answer());
    }

    private static Path upstream(String name) {
        String dir = System.getProperty("siked.upstreamDatasets");
        assumeTrue(
                dir != null && !dir.isBlank(),
                "set -Dsiked.upstreamDatasets=<folder with ASDiv.xml and MultiArith.json> to count the full files");
        Path file = Path.of(dir).resolve(name);
        assumeTrue(Files.isRegularFile(file), name + " is not in " + dir);
        return file;
    }
}
