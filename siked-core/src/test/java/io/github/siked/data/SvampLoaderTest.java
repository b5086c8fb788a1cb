package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvampLoaderTest {

    @Test
    void periodOnlyWhenTheBodyLacksFinalPunctuation() {
        assertEquals("He has 3. How many?", SvampLoader.question("He has 3", "How many?"));
        assertEquals("He has 3. How many?", SvampLoader.question("He has 3.", "How many?"));
        assertEquals("Is it 3? How many?", SvampLoader.question("Is it 3?", "How many?"));
        assertEquals("It is 3! How many?", SvampLoader.question("It is 3! ", " How many?"));
    }
}
