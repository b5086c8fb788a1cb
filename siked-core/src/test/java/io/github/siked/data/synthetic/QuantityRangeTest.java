package io.github.siked.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantityRangeTest {

    private static final QuantityRange BASE = QuantityRange.above(new Range(3, 12), 40);

    @Test
    void onlyTheNumbersShiftDrawsFromTheWideRange() {
        assertEquals(new Range(13, 40), BASE.wide());
        for (Shift shift : Shift.values()) {
            assertEquals(shift == Shift.NUMBERS ? BASE.wide() : BASE.training(), BASE.in(shift), shift.name());
        }
    }

    @Test
    void drawsFromTheRangeOfTheShift() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            int usual = BASE.draw(random, Shift.PHRASING);
            int wide = BASE.draw(random, Shift.NUMBERS);
            assertTrue(usual >= 3 && usual <= 12, "training draw " + usual);
            assertTrue(wide >= 13 && wide <= 40, "wide draw " + wide);
        }
    }

    @Test
    void drawsWhatTheChosenRangeDraws() {
        assertEquals(
                new Range(13, 40).draw(new SplittableRandom(3)), BASE.draw(new SplittableRandom(3), Shift.NUMBERS));
    }
}
