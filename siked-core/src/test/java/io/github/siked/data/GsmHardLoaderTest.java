package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GsmHardLoaderTest {

    // SharedFilesTest checks the size, the ids and the float targets as shortest decimals.
    @Test
    void theQuestionIsTheInput() {
        assertTrue(SharedDatasets.read(GsmHardLoader.NAME)
                .require("gsm-hard-0")
                .question()
                .startsWith("Janet’s ducks lay 16 eggs per day."));
    }

    @Test
    void exponentTargetsBecomePlainDecimals() {
        Dataset dataset = new GsmHardLoader().load(SharedDatasets.fixture("gsm-hard-good.jsonl"));
        assertEquals("0.0000020107", dataset.require("gsm-hard-0").answer());
        assertEquals("-2.5", dataset.require("gsm-hard-1").answer());
        assertEquals("12", dataset.require("gsm-hard-2").answer());
    }
}
