package io.github.siked.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void sameInputsSameSeedAndRolesAndIterationsApart() {
        assertEquals(Seeds.derive(1, "train", 2), Seeds.derive(1, "train", 2));
        Set<Long> seen = new HashSet<>();
        for (long seed = 1; seed <= 3; seed++) {
            for (String role : new String[] {"train", "sample", "mix", "eval"}) {
                for (int t = 0; t < 5; t++) {
                    long derived = Seeds.derive(seed, role, t);
                    assertTrue(derived >= 0 && derived < (1L << 31), "fits a positive int: " + derived);
                    seen.add(derived);
                }
            }
        }
        assertEquals(60, seen.size());
        assertNotEquals(Seeds.derive(1, "train", 0), Seeds.derive(2, "train", 0));
    }
}
