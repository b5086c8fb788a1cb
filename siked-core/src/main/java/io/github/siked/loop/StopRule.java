package io.github.siked.loop;

import java.util.List;

/**
 * When the iterations stop and which one is kept (docs/method.md, "Loop"). SIKeD ran 3 to 5
 * iterations and saw accuracy fall later, so the loop watches greedy accuracy on the validation
 * split (held out from the training problems, never a test set) after every iteration.
 *
 * @param patience iterations in a row without a gain of at least {@code minGain} over the best
 *     before them, after which the loop stops ({@code <stop><patience>}, 1 to 100)
 * @param minGain the smallest validation gain, as a fraction, that counts as progress ({@code
 *     <stop><minGain>}, 0 to 1)
 */
public record StopRule(int patience, double minGain) {

    public StopRule {
        if (patience < 1 || patience > 100) {
            throw new IllegalArgumentException("<stop><patience> is " + patience + ": give 1 to 100 iterations");
        }
        if (!(minGain >= 0 && minGain <= 1)) {
            throw new IllegalArgumentException(
                    "<stop><minGain> is " + minGain + ": give a fraction of accuracy from 0 to 1, for instance 0.005");
        }
    }

    /** Stops after one iteration that does not improve validation accuracy at all. */
    public static StopRule defaults() {
        return new StopRule(1, 0.0);
    }

    /**
     * Whether to stop after the last of these validation accuracies (index = iteration): none of the
     * last {@code patience} iterations beat the best before them, by at least {@code minGain}.
     */
    public boolean stop(List<Double> validation) {
        if (validation.size() <= patience) {
            return false;
        }
        int split = validation.size() - patience;
        double before = max(validation.subList(0, split));
        double recent = max(validation.subList(split, validation.size()));
        return recent <= before || recent - before < minGain;
    }

    /** The iteration with the highest validation accuracy; a tie goes to the earlier (cheaper) one. */
    public static int best(List<Double> validation) {
        if (validation.isEmpty()) {
            throw new IllegalArgumentException("no iteration was validated");
        }
        int best = 0;
        for (int i = 1; i < validation.size(); i++) {
            if (validation.get(i) > validation.get(best)) {
                best = i;
            }
        }
        return best;
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NEGATIVE_INFINITY);
    }
}
