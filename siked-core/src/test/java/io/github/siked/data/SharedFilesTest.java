package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each loader reads its shared upstream file whole, in file order, with the upstream's ids (or
 * {@code <dataset>-<index>} where the upstream has none) and its gold answers.
 */
class SharedFilesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "gsm8k-train, 7473, gsm8k-train-0",
        "gsm8k-test, 1319, gsm8k-test-0",
        "svamp, 1000, chal-1",
        // The samples of ASDiv (48 problems, 9 of them skipped) and of MultiArith.
        "asdiv, 39, nluds-0001",
        "multiarith, 40, multiarith-0",
        "gsm-hard, 1319, gsm-hard-0"
    })
    void readsEveryProblemInFileOrder(String dataset, int size, String firstId) {
        Dataset read = SharedDatasets.read(dataset);
        assertEquals(dataset, read.name());
        assertEquals(size, read.size());
        assertEquals(firstId, read.problems().get(0).id());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvFileSource(resources = "/data/shared-answers.csv", delimiter = '|')
    void readsTheGoldAnswer(String dataset, String id, String answer) {
        assertEquals(answer, SharedDatasets.read(dataset).require(id).answer());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvFileSource(resources = "/data/shared-questions.csv", delimiter = '|')
    void readsTheQuestionWhole(String dataset, String id, String question) {
        assertEquals(question, SharedDatasets.read(dataset).require(id).question());
    }
}
