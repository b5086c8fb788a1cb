package io.github.siked.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalNumberTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "18|18",
                "18.0|18",
                "-2.50|-2.5",
                "'1,234,567'|1234567",
                "1e3|1000",
                "1.25E-2|0.0125",
                "0.000|0",
                "-0|0",
                "+7|7",
                "3/4|0.75",
                "-12/5|-2.4",
                "' 42 '|42",
                ".5|0.5"
            })
    void canonicalisesSpellingsOfOneNumber(String text, String expected) {
        assertEquals(Optional.of(expected), CanonicalNumber.canonical(text));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''", "abc", "'3,4'", "1,23", "1/0", "12 apples", "1e999999999", "--3", "'1 2'"})
    void refusesWhatIsNotOneSaneNumber(String text) {
        assertEquals(Optional.empty(), CanonicalNumber.canonical(text));
    }

    @Test
    void formatsDoublesAsPythonAndJsonWriteThem() {
        assertEquals("18", CanonicalNumber.format(18.0));
        assertEquals("0.1", CanonicalNumber.format(0.1));
        assertEquals("-1234.5", CanonicalNumber.format(-1234.5));
        assertEquals("100000000000000000000", CanonicalNumber.format(1e20));
    }

    @Test
    void matchesIntegersExactlyAndFloatsWithinTolerance() {
        assertTrue(NumericMatch.equal("18", "18.000"));
        assertFalse(NumericMatch.equal("12345679", "12345678"));
        assertTrue(NumericMatch.equal("0.30000000000000004", "0.3"));
        assertTrue(NumericMatch.equal("0.3333333333", "1/3"));
        assertFalse(NumericMatch.equal("0.33", "1/3"));
        assertFalse(NumericMatch.equal("abc", "1"));
        assertTrue(NumericMatch.equal(new BigDecimal("1e-12"), BigDecimal.ZERO));
    }
}
