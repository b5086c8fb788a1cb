package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.record.RecordFormatException;
import org.junit.jupiter.api.Test;

class MultiArithLoaderTest {

    @Test
    void readsTheSampleWithTrimmedQuestions() {
        Dataset sample = new MultiArithLoader().load(SharedDatasets.file("samples/MultiArith-sample.json"));
        assertEquals("multiarith", sample.name());
        assertEquals(40, sample.size());
        assertEquals("multiarith-0", sample.problems().get(0).id());
        assertEquals("39", sample.require("multiarith-0").answer());
        assertEquals(
                "For Halloween Debby and her sister combined the candy they received. Debby had 32 pieces of"
                        + " candy while her sister had 42. If they ate 35 pieces the first night, how many pieces do they have left?",
                sample.require("multiarith-0").question());
        assertEquals("24", sample.require("multiarith-39").answer());
        assertTrue(sample.require("multiarith-39").question().startsWith("Edward was trying"));
    }

    @Test
    void emptySolutionsIsAnError() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new MultiArithLoader().load(SharedDatasets.fixture("multiarith-empty-solutions.json")));
        assertTrue(
                e.getMessage()
                        .endsWith("multiarith-empty-solutions.json: record 1 (id multiarith-1):"
                                + " field 'lSolutions' must be a non-empty array of numbers, found array []"),
                e.getMessage());
    }

    @Test
    void missingQuestionIsAnError() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new MultiArithLoader().load(SharedDatasets.fixture("multiarith-missing-question.json")));
        assertTrue(e.getMessage().endsWith("record 0 (id multiarith-0): missing field 'sQuestion'"), e.getMessage());
    }
}
