package io.github.siked.data.synthetic;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The splits the generator draws, in the order their seeds and question buckets are numbered. */
public enum SyntheticSplit {
    TRAIN("train", Shift.NONE),
    VALIDATION("validation", Shift.NONE),
    TEST("test", Shift.NONE),
    OOD_PHRASING("ood-phrasing", Shift.PHRASING),
    OOD_STEPS("ood-steps", Shift.STEPS),
    OOD_NUMBERS("ood-numbers", Shift.NUMBERS);

    private final String id;
    private final Shift shift;

    SyntheticSplit(String id, Shift shift) {
        this.id = id;
        this.shift = shift;
    }

    /** The name used in ids, dataset names ({@code synthetic:ood-steps}) and configuration. */
    public String id() {
        return id;
    }

    /** Whether this split departs from the training distribution. */
    public boolean outOfDistribution() {
        return shift != Shift.NONE;
    }

    Shift shift() {
        return shift;
    }

    /** All split names, in order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(SyntheticSplit::id).toList();
    }

    /**
     * Finds a split by name.
     *
     * @throws IllegalArgumentException naming the bad name and the known ones
     */
    public static SyntheticSplit fromId(String name) {
        for (SyntheticSplit split : values()) {
            if (split.id.equals(name)) {
                return split;
            }
        }
        throw new IllegalArgumentException("unknown synthetic split '"
                + name
                + "': use one of "
                + Arrays.stream(values()).map(SyntheticSplit::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
