package io.github.siked.mix;

import io.github.siked.record.GradedSample;
import io.github.siked.record.Origin;
import io.github.siked.record.Sample;
import io.github.siked.record.Verdict;
import io.github.siked.strategy.Strategy;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A hand-countable D_LLM and one iteration of student samples.
 *
 * <pre>
 * teacher      cot: q1 q2 q3 q4     l2m: q1 q2     pot: q1 q2 q3
 * student cot  q1: #0 ok, #1 ok, #2 wrong   q2: #0 wrong, #1 no answer   q3: #3 ok, #1 ok
 * student l2m  q1: #0 ok without sub-questions, #1 ok   q2: #0 ok without sub-questions
 * student pot  q2: #0 ok   q4: #0 ok but untagged, #1 wrong
 * </pre>
 *
 * So the student solved cot {q1, q3} (sampled 3 questions), l2m {q1} (sampled 2), pot {q2} (sampled 2).
 */
final class MixFixtures {

    static final String L2M_TEXT = "Sub-question 1: How many? Answer to Sub-question 1: 3.\nFinal Answer: 3";

    private MixFixtures() {}

    static MixedRow teacher(String id, Strategy s, int index) {
        String text =
                s == Strategy.L2M ? L2M_TEXT : s == Strategy.POT ? "answer = 3" : "1. 1 + 2 = 3.\nFinal Answer: 3";
        return new MixedRow(id, s, Origin.TEACHER, 0, index, 7, text);
    }

    static List<MixedRow> dLlm() {
        return List.of(
                teacher("q1", Strategy.COT, 0),
                teacher("q2", Strategy.COT, 1),
                teacher("q3", Strategy.COT, 0),
                teacher("q4", Strategy.COT, 2),
                teacher("q1", Strategy.L2M, 0),
                teacher("q2", Strategy.L2M, 4),
                teacher("q1", Strategy.POT, 0),
                teacher("q2", Strategy.POT, 0),
                teacher("q3", Strategy.POT, 1));
    }

    static GradedSample student(String id, Strategy forced, int index, String body, Verdict verdict) {
        return GradedSample.of(
                new Sample(id, forced, Origin.STUDENT, 1, index, forced.tag() + " " + body),
                "3",
                verdict == Verdict.NO_ANSWER ? null : "3",
                verdict);
    }

    static List<GradedSample> self() {
        return List.of(
                student("q1", Strategy.COT, 0, "1. 3.\nFinal Answer: 3", Verdict.CORRECT),
                student("q1", Strategy.COT, 1, "1. 1 + 2 = 3.\nFinal Answer: 3", Verdict.CORRECT),
                student("q1", Strategy.COT, 2, "Final Answer: 4", Verdict.WRONG),
                student("q2", Strategy.COT, 0, "Final Answer: 4", Verdict.WRONG),
                student("q2", Strategy.COT, 1, "I do not know", Verdict.NO_ANSWER),
                student("q3", Strategy.COT, 3, "1. 2 + 1 = 3.\nFinal Answer: 3", Verdict.CORRECT),
                student("q3", Strategy.COT, 1, "1. 3 = 3.\nFinal Answer: 3", Verdict.CORRECT),
                student("q1", Strategy.L2M, 0, "It is 3.\nFinal Answer: 3", Verdict.CORRECT),
                student("q1", Strategy.L2M, 1, L2M_TEXT, Verdict.CORRECT),
                student("q2", Strategy.L2M, 0, "Three.\nFinal Answer: 3", Verdict.CORRECT),
                student("q2", Strategy.POT, 0, "answer = 1 + 2", Verdict.CORRECT),
                GradedSample.of(
                        new Sample("q4", Strategy.POT, Origin.STUDENT, 1, 0, "answer = 3"), "3", "3", Verdict.CORRECT),
                student("q4", Strategy.POT, 1, "answer = 4", Verdict.WRONG));
    }

    static Mixing config(MixPolicy policy, int keepSelf) {
        return new Mixing(policy, List.of(Strategy.values()), keepSelf, OptionalDouble.empty());
    }

    /** id/strategy/origin/index of each row, for compact assertions. */
    static List<String> keys(List<MixedRow> rows) {
        return rows.stream()
                .map(r -> r.id() + "/" + r.strategy().id() + "/" + r.origin().id() + "/" + r.index())
                .toList();
    }
}
