package io.github.siked.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractionTest {

    @Test
    void noneHasNoAnswer() {
        assertFalse(Extraction.none().found());
        assertEquals(Optional.empty(), Extraction.none().number());
        assertEquals(Extraction.Rule.NONE, Extraction.none().rule());
    }

    @Test
    void foundAnswerIsExposed() {
        Extraction e = new Extraction("-2.5", Extraction.Rule.LAST_NUMBER);
        assertTrue(e.found());
        assertEquals(Optional.of("-2.5"), e.number());
    }

    @Test
    void rejectsAnswerWithoutRuleAndRuleWithoutAnswer() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Extraction("3", Extraction.Rule.NONE));
        assertEquals("rule none with answer 3: an answer needs a rule other than none", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Extraction(null, Extraction.Rule.FINAL_ANSWER));
    }

    @Test
    void rejectsNonCanonicalAnswers() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new Extraction("1,000", Extraction.Rule.LAST_NUMBER));
        assertEquals("answer '1,000' is not a canonical number", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Extraction("18.0", Extraction.Rule.LAST_NUMBER));
        assertThrows(IllegalArgumentException.class, () -> new Extraction("x", Extraction.Rule.LAST_NUMBER));
    }

    @Test
    void ruleIdsRoundTrip() {
        for (Extraction.Rule r : Extraction.Rule.values()) {
            assertEquals(r, Extraction.Rule.fromId(r.id()));
        }
        assertThrows(IllegalArgumentException.class, () -> Extraction.Rule.fromId("final_answer"));
    }
}
