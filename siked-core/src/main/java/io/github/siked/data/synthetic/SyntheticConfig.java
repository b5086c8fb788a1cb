package io.github.siked.data.synthetic;

/**
 * What the synthetic generator draws: one seed for all splits and the size of each.
 *
 * @param seed the seed every split's random stream derives from; the same seed gives the same
 *     problems, byte for byte
 * @param trainSize problems in {@code train}
 * @param validationSize problems in {@code validation}
 * @param testSize problems in {@code test}
 * @param oodSize problems in each out-of-distribution split
 */
public record SyntheticConfig(long seed, int trainSize, int validationSize, int testSize, int oodSize) {

    /**
     * The largest size of any split, about GSM8K's training set. The smallest family ({@code rate} in
     * {@code ood-phrasing}) has about 3,700 distinct questions a split, of which a split this size
     * needs 2,000; much larger sizes would run out of new questions.
     */
    public static final int MAX_SIZE = 10_000;

    public SyntheticConfig {
        check("trainSize", trainSize);
        check("validationSize", validationSize);
        check("testSize", testSize);
        check("oodSize", oodSize);
    }

    /** The quickstart's sizes: 2,000 train, 200 validation, 500 test and 500 per OOD split. */
    public static SyntheticConfig defaults(long seed) {
        return new SyntheticConfig(seed, 2_000, 200, 500, 500);
    }

    /** How many problems a split holds. */
    public int size(SyntheticSplit split) {
        return switch (split) {
            case TRAIN -> trainSize;
            case VALIDATION -> validationSize;
            case TEST -> testSize;
            case OOD_PHRASING, OOD_STEPS, OOD_NUMBERS -> oodSize;
        };
    }

    /** The name of the setting that sizes a split, for messages: {@code oodSize} for an OOD split. */
    public static String sizeKey(SyntheticSplit split) {
        return switch (split) {
            case TRAIN -> "trainSize";
            case VALIDATION -> "validationSize";
            case TEST -> "testSize";
            case OOD_PHRASING, OOD_STEPS, OOD_NUMBERS -> "oodSize";
        };
    }

    private static void check(String key, int size) {
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "synthetic " + key + " is " + size + ": use a size from 0 to " + MAX_SIZE);
        }
    }
}
