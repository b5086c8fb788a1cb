package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.record.RecordFormatException;
import org.junit.jupiter.api.Test;

class SvampLoaderTest {

    @Test
    void readsAllThousandWithUpstreamIds() {
        Dataset svamp = new SvampLoader().load(SharedDatasets.file("svamp/SVAMP.json"));
        assertEquals("svamp", svamp.name());
        assertEquals(1_000, svamp.size());
        assertEquals("chal-1", svamp.problems().get(0).id());
        // The body ends mid-sentence upstream: a period joins it to the question.
        assertEquals(
                "Each pack of dvds costs 76 dollars. If there is a discount of 25 dollars on each pack."
                        + " How much do you have to pay to buy each pack?",
                svamp.require("chal-1").question());
        assertEquals("51", svamp.require("chal-1").answer());
        assertEquals("1", svamp.require("chal-2").answer());
        // A body that already ends in a period gets no second one.
        assertEquals(
                "The grasshopper and the frog had a jumping contest. The grasshopper jumped 13 inches."
                        + " The grasshopper jumped 2 inches farther than the grasshopper. How far did the frog jump?",
                svamp.require("chal-1000").question());
        assertEquals("11", svamp.require("chal-1000").answer());
    }

    @Test
    void periodOnlyWhenTheBodyLacksFinalPunctuation() {
        assertEquals("He has 3. How many?", SvampLoader.question("He has 3", "How many?"));
        assertEquals("He has 3. How many?", SvampLoader.question("He has 3.", "How many?"));
        assertEquals("Is it 3? How many?", SvampLoader.question("Is it 3?", "How many?"));
        assertEquals("It is 3! How many?", SvampLoader.question("It is 3! ", " How many?"));
    }

    @Test
    void missingAnswerNamesRecordAndId() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new SvampLoader().load(SharedDatasets.fixture("svamp-missing-answer.json")));
        assertTrue(
                e.getMessage().endsWith("svamp-missing-answer.json: record 1 (id chal-2): missing field 'Answer'"),
                e.getMessage());
    }

    @Test
    void nonNumericAnswerIsAnError() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new SvampLoader().load(SharedDatasets.fixture("svamp-non-numeric.json")));
        assertTrue(
                e.getMessage()
                        .endsWith(
                                "svamp-non-numeric.json: record 0 (id chal-7): field 'Answer' must be a number (the gold answer),"
                                        + " found string \"five\""),
                e.getMessage());
    }

    @Test
    void badJsonNamesTheLine() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new SvampLoader().load(SharedDatasets.fixture("svamp-bad-json.json")));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("svamp-bad-json.json:4: not valid JSON"), e.getMessage());
    }

    @Test
    void anObjectInsteadOfAnArrayIsAnError() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new SvampLoader().load(SharedDatasets.fixture("svamp-not-array.json")));
        assertTrue(
                e.getMessage().endsWith("svamp-not-array.json: expected a JSON array of records, found object"),
                e.getMessage());
    }
}
