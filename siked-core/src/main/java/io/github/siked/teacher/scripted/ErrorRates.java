package io.github.siked.teacher.scripted;

import io.github.siked.strategy.Strategy;
import io.github.siked.strategy.StrategyValues;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How often the scripted teacher makes a mistake on purpose, per strategy: the probability that
 * one sample is wrong. Without mistakes every sample would pass grading and the verify and filter
 * stages would be tested on nothing.
 *
 * <p>The defaults, cot 0.3, l2m 0.25 and pot 0.15, follow the order seen with real teachers, where
 * a program leaves the arithmetic to the interpreter and prose slips more often; least-to-most sits
 * between, its sub-questions keeping the bookkeeping straight. They are high enough that grading
 * drops about a quarter of the samples, and low enough that with the quickstart's 4 samples per
 * problem and strategy almost every problem keeps a correct one (the chance that all 4 are wrong is
 * 0.8% for cot, 0.4% for l2m, 0.05% for pot), so the teacher data stays nearly complete.
 *
 * @param byStrategy the error rate of each of the three strategies, each from 0 to 1
 */
public record ErrorRates(Map<Strategy, Double> byStrategy) {

    public ErrorRates {
        Objects.requireNonNull(byStrategy, "byStrategy");
        for (Strategy strategy : Strategy.values()) {
            Double rate = byStrategy.get(strategy);
            if (rate == null) {
                throw new IllegalArgumentException("the scripted teacher's error rate for " + strategy
                        + " is missing: give one for each of " + Strategy.allIds());
            }
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException(
                        "the scripted teacher's error rate for " + strategy + " must be from 0 to 1; was " + rate);
            }
        }
        byStrategy = Map.copyOf(new EnumMap<>(byStrategy));
    }

    /** Rates for the three strategies. */
    public static ErrorRates of(double cot, double l2m, double pot) {
        return new ErrorRates(Map.of(Strategy.COT, cot, Strategy.L2M, l2m, Strategy.POT, pot));
    }

    /** cot 0.3, l2m 0.25, pot 0.15: see the class comment for why. */
    public static ErrorRates defaults() {
        return of(0.3, 0.25, 0.15);
    }

    /** No mistakes: every sample is correct. */
    public static ErrorRates none() {
        return of(0, 0, 0);
    }

    /**
     * Reads rates as a pom or command line writes them: {@code cot=0.3,l2m=0.25,pot=0.15}. A strategy
     * left out keeps its default.
     *
     * @throws IllegalArgumentException naming the bad entry and the expected form
     */
    public static ErrorRates parse(String text) {
        Map<Strategy, Double> rates = new EnumMap<>(defaults().byStrategy());
        rates.putAll(StrategyValues.parse(text, "error rate", "rate", "cot=0.3,l2m=0.25,pot=0.15", "pot=0.15"));
        return new ErrorRates(rates);
    }

    /** The probability that one sample of this strategy is wrong. */
    public double rate(Strategy strategy) {
        return byStrategy.get(strategy);
    }

    /** {@code cot=0.3,l2m=0.25,pot=0.15}: the form {@link #parse} reads, in strategy order. */
    @Override
    public String toString() {
        return new EnumMap<>(byStrategy)
                .entrySet().stream()
                        .map(e -> e.getKey().id() + "=" + e.getValue())
                        .collect(Collectors.joining(","));
    }
}
