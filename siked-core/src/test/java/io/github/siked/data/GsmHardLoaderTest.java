package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.record.RecordFormatException;
import org.junit.jupiter.api.Test;

class GsmHardLoaderTest {

    @Test
    void readsAllWithFloatTargetsAsShortestDecimals() {
        Dataset hard = new GsmHardLoader().load(SharedDatasets.file("gsm_hard/gsmhardv2.jsonl"));
        assertEquals("gsm-hard", hard.name());
        assertEquals(1_319, hard.size());
        assertTrue(hard.require("gsm-hard-0").question().startsWith("Janet’s ducks lay 16 eggs per day."));
        assertEquals("-9867630", hard.require("gsm-hard-0").answer());
        assertEquals("3431580", hard.require("gsm-hard-1").answer());
        assertEquals("0.0016791648", hard.require("gsm-hard-29").answer());
        assertEquals("3244047.0999999996", hard.require("gsm-hard-7").answer());
        // The file writes 5186630.5999999996, the same double as 5186630.6.
        assertEquals("5186630.6", hard.require("gsm-hard-42").answer());
        assertEquals("2180", hard.require("gsm-hard-1318").answer());
    }

    @Test
    void exponentTargetsBecomePlainDecimals() {
        Dataset dataset = new GsmHardLoader().load(SharedDatasets.fixture("gsm-hard-good.jsonl"));
        assertEquals("0.0000020107", dataset.require("gsm-hard-0").answer());
        assertEquals("-2.5", dataset.require("gsm-hard-1").answer());
        assertEquals("12", dataset.require("gsm-hard-2").answer());
    }

    @Test
    void stringTargetIsAnError() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new GsmHardLoader().load(SharedDatasets.fixture("gsm-hard-string-target.jsonl")));
        assertTrue(
                e.getMessage()
                        .endsWith(
                                "gsm-hard-string-target.jsonl:2: field 'target' must be a number (the gold answer), found string \"12\""),
                e.getMessage());
    }

    @Test
    void missingInputIsAnError() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new GsmHardLoader().load(SharedDatasets.fixture("gsm-hard-missing-input.jsonl")));
        assertTrue(e.getMessage().endsWith("gsm-hard-missing-input.jsonl:1: missing field 'input'"), e.getMessage());
    }
}
