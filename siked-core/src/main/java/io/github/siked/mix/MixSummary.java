package io.github.siked.mix;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.siked.strategy.Strategy;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an iteration's data holds, written beside it as {@code <output stem>.summary.json}: the
 * row counts and the mixing rate alpha_t = teacher rows / all rows (SIKeD reports it falling from
 * about 0.9 to 0.2 over iterations), overall and per strategy.
 *
 * @param iteration the distillation iteration the data trains
 * @param teacherRows teacher rows in all
 * @param studentRows student rows in all
 * @param alpha the overall teacher share; 0 for an empty mix ({@link StrategyMix#share})
 * @param byStrategy each mixed strategy's counts, in strategy order
 */
@JsonPropertyOrder({"iteration", "teacherRows", "studentRows", "alpha", "byStrategy"})
public record MixSummary(
        int iteration, long teacherRows, long studentRows, double alpha, Map<Strategy, StrategyMix> byStrategy) {

    public MixSummary {
        Objects.requireNonNull(byStrategy, "byStrategy");
        Map<Strategy, StrategyMix> sorted = new EnumMap<>(Strategy.class);
        sorted.putAll(byStrategy);
        byStrategy = Collections.unmodifiableMap(sorted);
    }

    /** Sums per-strategy counts into the overall ones. */
    public static MixSummary of(int iteration, Map<Strategy, StrategyMix> byStrategy) {
        long teacher =
                byStrategy.values().stream().mapToLong(StrategyMix::teacherRows).sum();
        long student =
                byStrategy.values().stream().mapToLong(StrategyMix::studentRows).sum();
        return new MixSummary(iteration, teacher, student, StrategyMix.share(teacher, student), byStrategy);
    }

    /** All rows, teacher and student. */
    public long rows() {
        return teacherRows + studentRows;
    }
}
