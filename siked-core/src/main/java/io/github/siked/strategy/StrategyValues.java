package io.github.siked.strategy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a number per strategy as a pom or command line writes it, {@code cot=0.3,pot=0.15}: the
 * scripted teacher's error rates, Mixed Distillation's loss weights.
 */
public final class StrategyValues {

    private StrategyValues() {}

    /**
     * @param what what an entry is, for messages: {@code error rate}, {@code siked.train.lossWeights entry}
     * @param valueName the value's name in {@code strategy=<valueName>}
     * @param example a whole example, such as {@code cot=0.3,l2m=0.25,pot=0.15}
     * @param oneExample one entry, such as {@code pot=0.15}
     * @return the strategies written, in strategy order; blank entries are ignored
     * @throws IllegalArgumentException naming the bad entry and the expected form
     */
    public static Map<Strategy, Double> parse(
            String text, String what, String valueName, String example, String oneExample) {
        Map<Strategy, Double> values = new EnumMap<>(Strategy.class);
        for (String entry : Objects.requireNonNull(text, "text").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException(what + " '" + entry.strip() + "' is not strategy=" + valueName
                        + ": write for instance " + example);
            }
            try {
                values.put(Strategy.fromId(parts[0]), Double.parseDouble(parts[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        what + " '" + entry.strip() + "' has no number after '=': write for instance " + oneExample);
            }
        }
        return values;
    }
}
