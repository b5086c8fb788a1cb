package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.record.RecordFormatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every loader refuses a malformed file with a message that names the file, the line (of a JSONL
 * file, or where a parser stopped) or the record (of a JSON array or an XML list), and the fault.
 */
class MalformedFilesTest {

    @ParameterizedTest(name = "{1}")
    @CsvFileSource(resources = "/data/malformed-files.csv", delimiter = '|', quoteCharacter = '`')
    void namesThePlaceAndTheFault(String dataset, String fixture, long line, String ending) {
        RecordFormatException e = load(dataset, fixture);
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().endsWith(fixture + ending), e.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "asdiv, asdiv-broken.xml, 8, not valid XML",
        "gsm8k-test, gsm8k-bad-json.jsonl, 3, not valid JSON",
        "svamp, svamp-bad-json.json, 4, not valid JSON"
    })
    void unparsableFileNamesTheLine(String dataset, String fixture, long line, String fault) {
        RecordFormatException e = load(dataset, fixture);
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(fixture + ":" + line + ": " + fault), e.getMessage());
    }

    /** The error that the named dataset's loader throws for a fixture of {@code src/test/resources/data/}. */
    static RecordFormatException load(String dataset, String fixture) {
        return assertThrows(
                RecordFormatException.class,
                () -> SharedDatasets.loader(dataset).load(SharedDatasets.fixture(fixture)));
    }
}
