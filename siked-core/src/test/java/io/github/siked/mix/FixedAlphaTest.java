package io.github.siked.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.record.GradedSample;
import io.github.siked.record.Origin;
import io.github.siked.record.Sample;
import io.github.siked.record.Verdict;
import io.github.siked.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The fixed-alpha ablation hits its share, from either side, and at both ends. */
class FixedAlphaTest {

    /** {@code teacher} pot rows on questions t0.., {@code student} solved pot questions s0.. */
    private static MixSummary mix(double alpha, int teacher, int student, long seed) {
        return result(alpha, teacher, student, seed).summary();
    }

    private static MixResult result(double alpha, int teacher, int student, long seed) {
        List<MixedRow> llm = IntStream.range(0, teacher)
                .mapToObj(i -> new MixedRow("t" + i, Strategy.POT, Origin.TEACHER, 0, 0, 0, "answer = " + i))
                .toList();
        List<GradedSample> self = IntStream.range(0, student)
                .mapToObj(i -> GradedSample.of(
                        new Sample("s" + i, Strategy.POT, Origin.STUDENT, 1, 0, "[pot]: answer = " + i),
                        "1",
                        "1",
                        Verdict.CORRECT))
                .toList();
        Mixing config = new Mixing(MixPolicy.FIXED_ALPHA, List.of(Strategy.POT), 1, OptionalDouble.of(alpha));
        return new Mixer(config).mix(llm, self, 1, 0, seed);
    }

    @Test
    void teacherRowsAreDrawnToTheShare() {
        MixSummary summary = mix(0.25, 10, 6, 1);
        // T = round(0.25 * 6 / 0.75) = 2
        assertEquals(2, summary.teacherRows());
        assertEquals(6, summary.studentRows());
        assertEquals(0.25, summary.alpha(), 1e-12);
    }

    @Test
    void roundingIsHalfUp() {
        // T = round(0.2 * 10 / 0.8) = round(2.5) = 3
        MixSummary summary = mix(0.2, 10, 10, 1);
        assertEquals(3, summary.teacherRows());
        assertEquals(3.0 / 13, summary.alpha(), 1e-12);
    }

    @Test
    void tooFewTeacherRowsCutTheStudentRowsInstead() {
        // T = round(0.5 * 6 / 0.5) = 6 > 3 teacher rows: keep 3, draw round(3 * 0.5 / 0.5) = 3 student rows.
        MixSummary summary = mix(0.5, 3, 6, 1);
        assertEquals(3, summary.teacherRows());
        assertEquals(3, summary.studentRows());
        assertEquals(0.5, summary.alpha(), 1e-12);
        // 0.8 of 2 teacher rows: round(2 * 0.2 / 0.8) = round(0.5) = 1 student row.
        MixSummary high = mix(0.8, 2, 9, 1);
        assertEquals(2, high.teacherRows());
        assertEquals(1, high.studentRows());
    }

    @Test
    void alphaOneKeepsOnlyTeacherRowsAndZeroOnlyStudentRows() {
        MixSummary one = mix(1.0, 4, 5, 1);
        assertEquals(4, one.teacherRows());
        assertEquals(0, one.studentRows());
        assertEquals(1.0, one.alpha());
        MixSummary zero = mix(0.0, 4, 5, 1);
        assertEquals(0, zero.teacherRows());
        assertEquals(5, zero.studentRows());
        assertEquals(0.0, zero.alpha());
    }

    @Test
    void noStudentRowsLeaveTheStrategyEmptyBelowAlphaOne() {
        MixSummary summary = mix(0.5, 4, 0, 1);
        assertEquals(0, summary.rows());
        assertEquals(0.0, summary.alpha());
    }

    @Test
    void theDrawIsSeeded() {
        assertEquals(result(0.25, 20, 6, 5), result(0.25, 20, 6, 5));
        List<List<MixedRow>> draws = new ArrayList<>();
        for (long seed = 0; seed < 5; seed++) {
            draws.add(result(0.25, 20, 6, seed).rows());
        }
        assertTrue(draws.stream().distinct().count() > 1, "five seeds drew the same 2 of 20 teacher rows");
        assertNotEquals(0, draws.get(0).size());
    }
}
