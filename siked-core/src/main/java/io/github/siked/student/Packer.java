package io.github.siked.student;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Packs tokenized examples into fixed-length rows, several to a row, so that little compute is
 * spent on padding (the SIKeD recipe trains with packing; docs/method.md, "Loop").
 *
 * <p>The examples are shuffled with the seed (Fisher-Yates over a {@link SplittableRandom}), then
 * placed best-fit: each goes into the row with the least room that still holds it (the earliest
 * such row on a tie), else a new row. An example never spans two rows, so a row holds whole
 * examples, each already ending with its end marker. The same examples and seed always give the
 * same rows; pass a different seed per epoch to reshuffle.
 *
 * <p>Packing only plans the rows; {@link Packing} fills the arrays of a row when it is read, so a
 * GSM8K-sized epoch (22,000 examples, 8,000 rows of 1,024 tokens) does not hold 200 MB of arrays.
 */
public final class Packer {

    private final int maxLength;
    private final Overflow overflow;
    private final int padId;

    /**
     * @param maxLength tokens per row ({@code siked.train.maxLength})
     * @param overflow what to do with an example longer than a row
     * @param padId the id that fills the rest of a row
     */
    public Packer(int maxLength, Overflow overflow, int padId) {
        if (maxLength < 2) {
            throw new IllegalArgumentException("rows need at least 2 tokens; maxLength was " + maxLength);
        }
        this.maxLength = maxLength;
        this.overflow = Objects.requireNonNull(overflow, "overflow");
        this.padId = padId;
    }

    /** Shuffles with the seed and plans which examples share a row. */
    public Packing pack(List<TokenizedExample> examples, long seed) {
        List<TokenizedExample> order = shuffled(examples, seed);
        List<List<TokenizedExample>> rows = new ArrayList<>();
        // Free room -> rows with that much room, for best-fit in O(log rows).
        TreeMap<Integer, TreeSet<Integer>> byRoom = new TreeMap<>();
        int truncated = 0;
        int rejected = 0;
        for (TokenizedExample example : order) {
            TokenizedExample fitting = example;
            if (example.length() > maxLength) {
                if (overflow == Overflow.REJECT || example.promptIds().length >= maxLength) {
                    rejected++;
                    continue;
                }
                fitting = truncate(example);
                truncated++;
            }
            place(fitting, rows, byRoom);
        }
        return new Packing(rows, maxLength, padId, order.size() - rejected, truncated, rejected);
    }

    private static List<TokenizedExample> shuffled(List<TokenizedExample> examples, long seed) {
        List<TokenizedExample> order = new ArrayList<>(examples);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            TokenizedExample swap = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swap);
        }
        return order;
    }

    private TokenizedExample truncate(TokenizedExample example) {
        int keep = maxLength - example.promptIds().length;
        return new TokenizedExample(example.promptIds(), Arrays.copyOf(example.responseIds(), keep), example.weight());
    }

    private void place(
            TokenizedExample example, List<List<TokenizedExample>> rows, TreeMap<Integer, TreeSet<Integer>> byRoom) {
        Map.Entry<Integer, TreeSet<Integer>> tightest = byRoom.ceilingEntry(example.length());
        int row;
        int room;
        if (tightest == null) {
            row = rows.size();
            room = maxLength;
            rows.add(new ArrayList<>());
        } else {
            row = tightest.getValue().first();
            room = tightest.getKey();
            tightest.getValue().remove(row);
            if (tightest.getValue().isEmpty()) {
                byRoom.remove(room);
            }
        }
        rows.get(row).add(example);
        byRoom.computeIfAbsent(room - example.length(), r -> new TreeSet<>()).add(row);
    }
}
