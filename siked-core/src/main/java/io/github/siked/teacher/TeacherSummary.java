package io.github.siked.teacher;

import io.github.siked.strategy.Strategy;
import java.util.Map;

/**
 * What a teacher-data run found, recorded in the generate-teacher manifest.
 *
 * @param requests where the answers came from: the journal, the shared cache or the teacher
 * @param promptTokens prompt tokens over every answer, as the teacher reported them
 * @param completionTokens completion tokens over every answer
 * @param gradedAccuracy the share of all teacher samples graded correct
 * @param yields per strategy, the problems asked and solved and the samples kept
 */
public record TeacherSummary(
        RequestCounts requests,
        long promptTokens,
        long completionTokens,
        double gradedAccuracy,
        Map<Strategy, TeacherYield> yields) {}
