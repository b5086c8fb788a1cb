package io.github.siked.eval;

/**
 * How often the student chose one strategy on a dataset, and how well it did with it (SIKeD,
 * arXiv 2410.18574, reports both per iteration).
 *
 * @param n the outputs that chose this strategy
 * @param share {@code n} over all outputs of the dataset, in [0, 1]
 * @param accuracy correct outputs over {@code n}, in [0, 1]; 0 when {@code n} is 0 (check {@code n}
 *     before reading it: an empty bucket has no accuracy, and JSON has no NaN)
 */
public record StrategyStats(long n, double share, double accuracy) {

    public StrategyStats {
        if (n < 0) {
            throw new IllegalArgumentException("strategy count n must be 0 or more; was " + n);
        }
        Fractions.require("share", share);
        Fractions.require("accuracy", accuracy);
    }
}
