package io.github.siked.mix;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One strategy's share of a mix.
 *
 * @param teacherRows teacher rows of the strategy in D_t
 * @param studentRows student rows of the strategy in D_t
 * @param alpha teacherRows / (teacherRows + studentRows); 0 when both are 0 (see {@link #share})
 * @param questionsSolved questions with at least one usable correct self-sample of the strategy
 * @param questionsSampled questions with at least one self-sample tagged with the strategy
 */
@JsonPropertyOrder({"teacherRows", "studentRows", "alpha", "questionsSolved", "questionsSampled"})
public record StrategyMix(
        long teacherRows, long studentRows, double alpha, long questionsSolved, long questionsSampled) {

    public StrategyMix {
        if (teacherRows < 0 || studentRows < 0 || questionsSolved < 0 || questionsSampled < 0) {
            throw new IllegalArgumentException("row and question counts cannot be negative");
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1]; was " + alpha);
        }
    }

    /** Counts with the share computed from them. */
    public static StrategyMix of(long teacherRows, long studentRows, long questionsSolved, long questionsSampled) {
        return new StrategyMix(
                teacherRows, studentRows, share(teacherRows, studentRows), questionsSolved, questionsSampled);
    }

    /**
     * The teacher share alpha_t = teacher / (teacher + student). An empty mix has no teacher rows, so
     * its share is 0 by convention: a ratio of 0/0 would be NaN, which JSON cannot hold.
     */
    public static double share(long teacherRows, long studentRows) {
        long total = teacherRows + studentRows;
        return total == 0 ? 0.0 : (double) teacherRows / total;
    }
}
