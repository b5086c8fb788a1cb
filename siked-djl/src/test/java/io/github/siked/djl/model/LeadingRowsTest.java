package io.github.siked.djl.model;

import static io.github.siked.djl.model.ReferenceLogitsTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A prefill that skips the trailing rows while they are all padding gives the same logits as one
 * that reads every row, for the prefill's last column and for the decode steps after it.
 */
class LeadingRowsTest {

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void skippingRowsThatAreStillPaddingChangesNoLogit(Architecture architecture) {
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(KvCacheTest.tinyConfig(architecture), 3, manager)) {
            // Longest first, as the generator sorts them: padding 0, 3, 7 and 9 of 12 columns.
            TokenBatch batch = TokenBatch.leftPadded(KvCacheTest.randomSequences(new Random(4), 12, 9, 5, 3), 0);
            NDArray ids = batch.toArray(manager);
            int vocab = decoder.config().vocabulary().size();
            try (KvCache every = decoder.newCache(batch.leftPadding());
                    KvCache leading = decoder.newCache(batch.leftPadding())) {
                float[] expected = null;
                float[] actual = null;
                for (int from = 0; from < 12; from += 4) {
                    int to = from + 4;
                    int started = (int) Arrays.stream(batch.leftPadding())
                            .filter(p -> p < to)
                            .count();
                    expected = decoder.nextLogits(ids.get(":, " + from + ":" + to), every)
                            .toFloatArray();
                    actual = decoder.nextLogitsOfLeadingRows(ids.get(":" + started + ", " + from + ":" + to), leading)
                            .toFloatArray();
                    assertEquals((long) started * vocab, actual.length, "rows in chunk from " + from);
                }
                assertClose(expected, actual, architecture + " last prefill column");
                // Decode steps read the cache both ways filled.
                NDArray next = ids.get(":, 11:12");
                for (int step = 0; step < 3; step++) {
                    assertClose(
                            decoder.nextLogits(next, every).toFloatArray(),
                            decoder.nextLogits(next, leading).toFloatArray(),
                            architecture + " step " + step);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Architecture.class, names = "LLAMA")
    void leavingOutARowWithTokensIsAnError(Architecture architecture) {
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(KvCacheTest.tinyConfig(architecture), 3, manager)) {
            TokenBatch batch = TokenBatch.leftPadded(KvCacheTest.randomSequences(new Random(4), 6, 4), 0);
            try (KvCache cache = decoder.newCache(batch.leftPadding())) {
                // The second row (padding 2) has tokens in columns 2 and 3.
                IllegalArgumentException e = assertThrows(
                        IllegalArgumentException.class,
                        () -> decoder.nextLogitsOfLeadingRows(
                                batch.toArray(manager).get(":1, :4"), cache));
                assertTrue(e.getMessage().contains("row 1 has tokens before slot 4"), e.getMessage());
            }
        }
    }
}
