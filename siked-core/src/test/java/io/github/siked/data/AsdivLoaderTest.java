package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.record.RecordFormatException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AsdivLoaderTest {

    // SharedFilesTest checks the sample's size, ids, questions and gold answers.
    @Test
    void sampleKeepsNumericAnswersAndSkipsTheRestInPlace() {
        Dataset sample = SharedDatasets.read(AsdivLoader.NAME);
        // 48 problems: the first 40, of which nluds-0030 ("Mrs. Hilt") is a name, then 8 non-numeric.
        assertEquals(9, sample.skipped().size());

        SkippedRecord hilt = sample.skipped().get(0);
        assertEquals(new SkippedRecord("nluds-0030", 29, AsdivAnswer.WORDS, "Mrs. Hilt"), hilt);
        assertFalse(sample.find("nluds-0030").isPresent());
        assertEquals(
                List.of(
                        "nluds-0030",
                        "nluds-0076",
                        "nluds-0164",
                        "nluds-0166",
                        "nluds-0167",
                        "nluds-0171",
                        "nluds-0173",
                        "nluds-0175",
                        "nluds-0183"),
                sample.skipped().stream().map(SkippedRecord::id).toList());
        assertEquals(
                List.of(29, 40, 41, 42, 43, 44, 45, 46, 47),
                sample.skipped().stream().map(SkippedRecord::index).toList());
        assertEquals(
                Map.of(AsdivAnswer.WORDS, 5, AsdivAnswer.RATIO_OR_TIME, 3, AsdivAnswer.NUMBER_IN_WORDS, 1),
                sample.skippedByReason());
    }

    @Test
    void skippedProblemIsNamedWhenLookedUp() {
        Dataset sample = SharedDatasets.read(AsdivLoader.NAME);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sample.require("nluds-0183"));
        assertEquals(
                "no problem 'nluds-0183' in dataset asdiv: it was skipped because its gold answer is not one number",
                e.getMessage());
    }

    @Test
    void doctypeIsRefusedSoEntitiesCannotReadFiles() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class, () -> new AsdivLoader().load(SharedDatasets.fixture("asdiv-xxe.xml")));
        assertTrue(e.getMessage().contains("asdiv-xxe.xml:2: not valid XML"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }
}
