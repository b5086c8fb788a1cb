package io.github.siked.mix;

import io.github.siked.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded Fisher-Yates shuffles over {@link SplittableRandom}, whose sequence Java specifies, so a
 * seed draws the same rows on every machine and Java version.
 */
final class SeededShuffle {

    private SeededShuffle() {}

    /** A shuffled copy of the rows; the input is first put in {@link MixedRow#ORDER}, so its order does not matter. */
    static List<MixedRow> shuffled(List<MixedRow> rows, long seed) {
        List<MixedRow> order = new ArrayList<>(rows);
        order.sort(MixedRow.ORDER);
        shuffle(order, new SplittableRandom(seed));
        return order;
    }

    /** Shuffles the list in place, drawing from {@code random}. */
    static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }

    /** One seed per strategy and purpose, so that changing one strategy's rows leaves the others' draws alone. */
    static long derive(long seed, Strategy strategy, int purpose) {
        return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (strategy.ordinal() + 1)) ^ ((long) purpose << 32))
                .nextLong();
    }
}
