package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.stage.Sha256;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetSourceTest {

    @Test
    void pinsTheSixPublishedDatasetsAtCommits() {
        assertEquals(
                List.of("gsm8k-train", "gsm8k-test", "svamp", "asdiv", "multiarith", "gsm-hard"),
                DatasetSource.PINNED.stream().map(DatasetSource::name).toList());
        for (DatasetSource source : DatasetSource.PINNED) {
            assertEquals("raw.githubusercontent.com", source.url().getHost(), source.name());
            // owner/repo/<40-hex commit>/…/fileName: a branch name would let the bytes change under the pin.
            assertTrue(
                    source.url().getPath().matches("/[^/]+/[^/]+/[0-9a-f]{40}/.*"),
                    source.url().toString());
            assertTrue(
                    source.url().getPath().endsWith("/" + source.fileName()),
                    source.url().toString());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "gsm8k-train, gsm8k/train.jsonl",
        "gsm8k-test, gsm8k/test.jsonl",
        "svamp, svamp/SVAMP.json",
        "gsm-hard, gsm_hard/gsmhardv2.jsonl",
    })
    void pinnedHashMatchesTheSharedUpstreamCopy(String name, String file) throws Exception {
        Path shared = SharedDatasets.file(file);
        assertEquals(DatasetSource.pinned(name).orElseThrow().sha256(), Sha256.of(shared));
    }

    @Test
    void badHashIsRejectedWithTheKey() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new DatasetSource("x", "x.json", URI.create("http://127.0.0.1/x.json"), "ABC", "MIT"));
        assertEquals("sha256 of x must be 64 lowercase hex digits, was 'ABC'", e.getMessage());
    }
}
