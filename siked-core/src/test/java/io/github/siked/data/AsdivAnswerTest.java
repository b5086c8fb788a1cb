package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Answers as ASDiv.xml writes them (each seen upstream), and how they are read. */
class AsdivAnswerTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "9 (apples)|9",
                "15|15",
                "128 (sq. ft)|128",
                "3.5 (dollars)|3.5",
                "0.25 (kg)|0.25",
                "1,000 (dollars)|1000",
                "-4|-4",
            })
    void oneNumberWithOptionalUnit(String raw, String gold) {
        assertEquals(Optional.of(gold), AsdivAnswer.number(raw));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "8; 40|several",
                "5 (years old); 15 (years old); 20 (years old)|several",
                "Mrs. Hilt|words",
                "Yes|words",
                "They are equal|words",
                "3:4|colon",
                "12:50|colon",
                "3:30 p.m.|colon",
                "9:03:36 a.m.|colon",
                "5/2|fraction",
                "-(1/3)|fraction",
                "February 3rd|inWords",
                "6th|inWords",
                "Vendor 2|inWords",
            })
    void notOneNumberIsSkippedWithItsReason(String raw, String kind) {
        assertEquals(Optional.empty(), AsdivAnswer.number(raw));
        String expected = switch (kind) {
            case "several" -> AsdivAnswer.SEVERAL;
            case "words" -> AsdivAnswer.WORDS;
            case "colon" -> AsdivAnswer.RATIO_OR_TIME;
            case "fraction" -> AsdivAnswer.FRACTION;
            default -> AsdivAnswer.NUMBER_IN_WORDS;
        };
        assertEquals(expected, AsdivAnswer.reason(raw));
    }
}
