package io.github.siked.mix;

import static io.github.siked.mix.MixFixtures.config;
import static io.github.siked.mix.MixFixtures.dLlm;
import static io.github.siked.mix.MixFixtures.keys;
import static io.github.siked.mix.MixFixtures.self;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.record.GradedSample;
import io.github.siked.record.Origin;
import io.github.siked.record.Sample;
import io.github.siked.record.Verdict;
import io.github.siked.strategy.Strategy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Each policy on {@link MixFixtures}, counted by hand. */
class MixerTest {

    private static MixResult mix(MixPolicy policy, int keepSelf) {
        return new Mixer(config(policy, keepSelf)).mix(dLlm(), self(), 1, 11, 3);
    }

    @Test
    void adaptiveKeepsTeacherRowsOfUnsolvedQuestionsOnly() {
        MixResult result = mix(MixPolicy.ADAPTIVE, 1);
        assertEquals(
                List.of(
                        "q1/cot/student/0",
                        "q2/cot/teacher/1",
                        "q3/cot/student/1",
                        "q4/cot/teacher/2",
                        "q1/l2m/student/1",
                        "q2/l2m/teacher/4",
                        "q1/pot/teacher/0",
                        "q2/pot/student/0",
                        "q3/pot/teacher/1"),
                keys(result.rows()));
        MixSummary summary = result.summary();
        assertEquals(new StrategyMix(2, 2, 0.5, 2, 3), summary.byStrategy().get(Strategy.COT));
        assertEquals(new StrategyMix(1, 1, 0.5, 1, 2), summary.byStrategy().get(Strategy.L2M));
        assertEquals(new StrategyMix(2, 1, 2.0 / 3, 1, 2), summary.byStrategy().get(Strategy.POT));
        assertEquals(5, summary.teacherRows());
        assertEquals(4, summary.studentRows());
        assertEquals(5.0 / 9, summary.alpha(), 1e-12);
        assertEquals(1, summary.iteration());
    }

    @Test
    void allKeepsEveryTeacherRow() {
        MixSummary summary = mix(MixPolicy.ALL, 1).summary();
        assertEquals(9, summary.teacherRows());
        assertEquals(4, summary.studentRows());
        assertEquals(9.0 / 13, summary.alpha(), 1e-12);
        assertEquals(new StrategyMix(4, 2, 4.0 / 6, 2, 3), summary.byStrategy().get(Strategy.COT));
    }

    @Test
    void selfOnlyKeepsNoTeacherRow() {
        MixResult result = mix(MixPolicy.SELF_ONLY, 1);
        assertEquals(
                List.of("q1/cot/student/0", "q3/cot/student/1", "q1/l2m/student/1", "q2/pot/student/0"),
                keys(result.rows()));
        assertEquals(0.0, result.summary().alpha());
    }

    @Test
    void keepAllKeepsEveryUsableCorrectSample() {
        MixResult result = mix(MixPolicy.SELF_ONLY, 0);
        assertEquals(
                List.of(
                        "q1/cot/student/0",
                        "q1/cot/student/1",
                        "q3/cot/student/1",
                        "q3/cot/student/3",
                        "q1/l2m/student/1",
                        "q2/pot/student/0"),
                keys(result.rows()));
        assertEquals(6, result.summary().studentRows());
    }

    @Test
    void anL2mSampleWithoutSubQuestionsIsNotUsed() {
        // q2's only correct l2m sample is plain prose: q2 counts as unsolved, and its teacher row stays.
        MixResult result = mix(MixPolicy.ADAPTIVE, 0);
        List<String> l2m =
                keys(result.rows()).stream().filter(k -> k.contains("/l2m/")).toList();
        assertEquals(List.of("q1/l2m/student/1", "q2/l2m/teacher/4"), l2m);
        assertEquals(1, result.summary().byStrategy().get(Strategy.L2M).questionsSolved());
    }

    @Test
    void samplesWithoutACorrectVerdictAreNeverUsed() {
        List<GradedSample> wrong = List.of(
                MixFixtures.student("q1", Strategy.POT, 0, "answer = 4", Verdict.WRONG),
                MixFixtures.student("q2", Strategy.POT, 0, "answer = 3", Verdict.TIMEOUT),
                MixFixtures.student("q3", Strategy.POT, 0, "answer = 3", Verdict.ERROR),
                MixFixtures.student("q4", Strategy.POT, 0, "answer = 3", Verdict.REJECTED));
        MixResult result = new Mixer(config(MixPolicy.ALL, 0)).mix(List.of(), wrong, 1, 0, 0);
        assertEquals(List.of(), result.rows());
        assertEquals(
                new StrategyMix(0, 0, 0.0, 0, 4), result.summary().byStrategy().get(Strategy.POT));
    }

    @Test
    void studentRowsCarryTheirProvenance() {
        MixedRow row = mix(MixPolicy.SELF_ONLY, 1).rows().get(0);
        assertEquals(new MixedRow("q1", Strategy.COT, Origin.STUDENT, 1, 0, 11, "[cot]: 1. 3.\nFinal Answer: 3"), row);
    }

    @Test
    void freeChoiceSamplesAreBucketedByTheirTag() {
        // A free choice records the strategy it tagged; the tag decides even where the field disagrees.
        List<GradedSample> free = List.of(
                GradedSample.of(
                        new Sample("q1", Strategy.COT, Origin.STUDENT, 1, 0, "[pot]: answer = 3"),
                        "3",
                        "3",
                        Verdict.CORRECT),
                GradedSample.of(
                        new Sample("q2", Strategy.COT, Origin.STUDENT, 1, 0, "[L2M]: " + MixFixtures.L2M_TEXT),
                        "3",
                        "3",
                        Verdict.CORRECT),
                GradedSample.of(
                        new Sample("q3", Strategy.COT, Origin.STUDENT, 1, 0, "Final Answer: 3"),
                        "3",
                        "3",
                        Verdict.CORRECT));
        MixResult result = new Mixer(config(MixPolicy.SELF_ONLY, 1)).mix(List.of(), free, 1, 0, 0);
        assertEquals(List.of("q2/l2m/student/0", "q1/pot/student/0"), keys(result.rows()));
        assertEquals(0, result.summary().byStrategy().get(Strategy.COT).questionsSampled());
    }

    @Test
    void inputOrderDoesNotChangeTheRows() {
        List<GradedSample> shuffled = new ArrayList<>(self());
        Collections.reverse(shuffled);
        List<MixedRow> teacher = new ArrayList<>(dLlm());
        Collections.reverse(teacher);
        MixResult reversed = new Mixer(config(MixPolicy.ADAPTIVE, 0)).mix(teacher, shuffled, 1, 11, 3);
        assertEquals(mix(MixPolicy.ADAPTIVE, 0), reversed);
    }

    @Test
    void strategiesOutsideTheConfigAreLeftOut() {
        Mixing potOnly = new Mixing(MixPolicy.ALL, List.of(Strategy.POT), 1, OptionalDouble.empty());
        MixResult result = new Mixer(potOnly).mix(dLlm(), self(), 1, 11, 3);
        assertTrue(result.rows().stream().allMatch(r -> r.strategy() == Strategy.POT));
        assertEquals(4, result.rows().size());
        assertEquals(
                List.of(Strategy.POT), List.copyOf(result.summary().byStrategy().keySet()));
    }

    @Test
    void rowsOfTheWrongOriginAreRefused() {
        Mixer mixer = new Mixer(config(MixPolicy.ALL, 1));
        MixedRow studentAsTeacher = new MixedRow("q1", Strategy.COT, Origin.STUDENT, 1, 0, 0, "x");
        assertEquals(
                "teacher row of q1 has origin student: the teacher data holds D_LLM's rows (siked:generate-teacher)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> mixer.mix(List.of(studentAsTeacher), List.of(), 1, 0, 0))
                        .getMessage());
        GradedSample teacherAsSelf = GradedSample.of(
                new Sample("q1", Strategy.COT, Origin.TEACHER, 0, 0, "[cot]: 3"), "3", "3", Verdict.CORRECT);
        assertThrows(IllegalArgumentException.class, () -> mixer.mix(List.of(), List.of(teacherAsSelf), 1, 0, 0));
    }

    @Test
    void anEmptyMixHasAlphaZero() {
        MixSummary summary = new Mixer(config(MixPolicy.ADAPTIVE, 1))
                .mix(List.of(), List.of(), 2, 0, 0)
                .summary();
        assertEquals(0, summary.rows());
        assertEquals(0.0, summary.alpha());
        summary.byStrategy().values().forEach(s -> assertEquals(0.0, s.alpha()));
    }
}
