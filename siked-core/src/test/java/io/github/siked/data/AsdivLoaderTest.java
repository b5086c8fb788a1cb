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

    @Test
    void sampleKeepsNumericAnswersAndSkipsTheRestInPlace() {
        Dataset sample = new AsdivLoader().load(SharedDatasets.file("samples/ASDiv-sample.xml"));
        assertEquals("asdiv", sample.name());
        // 48 problems: the first 40, of which nluds-0030 ("Mrs. Hilt") is a name, then 8 non-numeric.
        assertEquals(39, sample.size());
        assertEquals(9, sample.skipped().size());
        assertEquals("nluds-0001", sample.problems().get(0).id());
        assertEquals(
                "Seven red apples and two green apples are in the basket. How many apples are in the basket?",
                sample.require("nluds-0001").question());
        assertEquals("9", sample.require("nluds-0001").answer());
        // The Question element ends with a space upstream.
        assertEquals(
                "Janet has nine oranges and Sharon has seven oranges. How many oranges do Janet and Sharon have together?",
                sample.require("nluds-0003").question());
        assertEquals("16", sample.require("nluds-0003").answer());
        assertEquals("6", sample.require("nluds-0040").answer());

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
        Dataset sample = new AsdivLoader().load(SharedDatasets.file("samples/ASDiv-sample.xml"));
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

    @Test
    void brokenXmlNamesTheLine() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class, () -> new AsdivLoader().load(SharedDatasets.fixture("asdiv-broken.xml")));
        assertEquals(8, e.line());
        assertTrue(e.getMessage().contains("asdiv-broken.xml:8: not valid XML"), e.getMessage());
    }

    @Test
    void missingAnswerNamesTheProblem() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new AsdivLoader().load(SharedDatasets.fixture("asdiv-missing-answer.xml")));
        assertTrue(
                e.getMessage().endsWith("asdiv-missing-answer.xml: record 1 (id nluds-0002): missing element <Answer>"),
                e.getMessage());
    }

    @Test
    void missingIdNamesTheIndex() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new AsdivLoader().load(SharedDatasets.fixture("asdiv-missing-id.xml")));
        assertTrue(
                e.getMessage().endsWith("asdiv-missing-id.xml: record 0: <Problem> has no ID attribute"),
                e.getMessage());
    }

    @Test
    void duplicateIdIsAnError() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new AsdivLoader().load(SharedDatasets.fixture("asdiv-duplicate-id.xml")));
        assertTrue(
                e.getMessage()
                        .endsWith(
                                "record 1 (id nluds-0001): a second <Problem> with the ID 'nluds-0001': ids must be unique"),
                e.getMessage());
    }
}
