package io.github.siked.mix;

import io.github.siked.strategy.Strategy;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The mixing policy: how an iteration's data is mixed from the student's correct samples and the
 * teacher's rows (SIKeD, arXiv 2410.18574, section 3).
 *
 * @param policy how teacher and student rows are combined
 * @param strategies the strategies mixed, each at most once; rows of others are left out
 * @param keepSelf correct self-samples kept per (question, strategy), the lowest indices first: 1
 *     as in the paper, 0 for all of them (with one row each, a strategy the student rarely solves
 *     keeps as much weight as one it always solves; docs/method.md, "Mixing")
 * @param alpha the teacher share of each strategy's rows, in [0, 1]: required by {@link
 *     MixPolicy#FIXED_ALPHA}, refused with any other policy
 */
public record Mixing(MixPolicy policy, List<Strategy> strategies, int keepSelf, OptionalDouble alpha) {

    public Mixing {
        Objects.requireNonNull(policy, "<mix><policy>");
        Objects.requireNonNull(alpha, "<mix><alpha>");
        strategies = List.copyOf(Objects.requireNonNull(strategies, "<mix><strategies>"));
        if (strategies.isEmpty() || new HashSet<>(strategies).size() != strategies.size()) {
            throw new IllegalArgumentException("<strategies> (siked.strategies) must list each of " + Strategy.allIds()
                    + " at most once, at least one; was " + strategies);
        }
        if (keepSelf < 0) {
            throw new IllegalArgumentException("<mix><keepSelf> is " + keepSelf + ": use 1 (one correct self-sample per"
                    + " question and strategy, as in SIKeD), 0 (all of them) or another positive count");
        }
        if (policy == MixPolicy.FIXED_ALPHA && alpha.isEmpty()) {
            throw new IllegalArgumentException("<mix><alpha> is required by <mix><policy>fixed-alpha: set the teacher"
                    + " share of each strategy's rows, a number in [0, 1]");
        }
        if (policy != MixPolicy.FIXED_ALPHA && alpha.isPresent()) {
            throw new IllegalArgumentException(
                    "<mix><alpha> is " + alpha.getAsDouble() + " but <mix><policy> is " + policy.id()
                            + ", which sets its own share: leave <alpha> out, or use <policy>fixed-alpha</policy>");
        }
        if (alpha.isPresent() && !(alpha.getAsDouble() >= 0 && alpha.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("<mix><alpha> is " + alpha.getAsDouble()
                    + ": use a number in [0, 1], the teacher share of each strategy's rows");
        }
    }

    /** SIKeD's default: adaptive mixing of all three strategies, one self-sample per question and strategy. */
    public static Mixing adaptive() {
        return new Mixing(MixPolicy.ADAPTIVE, List.of(Strategy.values()), 1, OptionalDouble.empty());
    }
}
