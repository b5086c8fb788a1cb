package io.github.siked.eval;

import static io.github.siked.eval.Graded.sampled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.siked.record.GradedSample;
import io.github.siked.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiPathVoteTest {

    @Test
    void scoresEachPathAndBreaksEvenSplitsForThePrograms() {
        // Problems p1 to p4, one sample each, all with the gold answer 7.
        List<GradedSample> cot = onePerProblem(Strategy.COT, "7", "7", "5", "1", "7");
        List<GradedSample> pot = onePerProblem(Strategy.POT, "7", "5", "7", "2", "7.0");
        VoteScores scores = MultiPathVote.of("svamp", cot, pot);
        assertEquals(4, scores.problems());
        assertEquals(0.5, scores.cotOnly());
        assertEquals(0.5, scores.potOnly());
        // p1 and p2 split one against one: the program's answer wins (wrong on p1, right on p2);
        // p3 both wrong; p4 both agree.
        assertEquals(0.5, scores.vote());
    }

    @Test
    void theVoteCanBeatBothPaths() {
        // Each path alone splits three ways and its earliest answer is wrong; together 7 has two votes.
        List<GradedSample> cot = path("p", Strategy.COT, "7", "5", "7", "8");
        List<GradedSample> pot = path("p", Strategy.POT, "7", "9", "7", "4");
        VoteScores scores = MultiPathVote.of("d", cot, pot);
        assertEquals(0.0, scores.cotOnly());
        assertEquals(0.0, scores.potOnly());
        assertEquals(1.0, scores.vote());
    }

    @Test
    void aLargerCotMajorityOutvotesThePrograms() {
        VoteScores scores = MultiPathVote.of(
                "d", path("p", Strategy.COT, "7", "7", "7", "5"), path("p", Strategy.POT, "7", "5", "9"));
        assertEquals(1.0, scores.cotOnly());
        assertEquals(0.0, scores.potOnly());
        // 7 has two votes, 5 two (one each), 9 one: a tie, and pot's 5 was counted first.
        assertEquals(0.0, scores.vote());
        VoteScores three = MultiPathVote.of(
                "d", path("p", Strategy.COT, "7", "7", "7", "7"), path("p", Strategy.POT, "7", "5", "5"));
        assertEquals(1.0, three.vote());
    }

    @Test
    void failedProgramsDoNotVote() {
        VoteScores scores =
                MultiPathVote.of("d", path("p", Strategy.COT, "7", "7"), path("p", Strategy.POT, "7", null, null));
        assertEquals(0.0, scores.potOnly());
        assertEquals(1.0, scores.vote());
    }

    @Test
    void refusesPathsOverDifferentProblemsAndRepeatedSamples() {
        List<GradedSample> cot = path("p", Strategy.COT, "7", "7");
        List<GradedSample> pot = new ArrayList<>(path("p", Strategy.POT, "7", "7"));
        pot.add(sampled("q", Strategy.POT, 0, "1", "1"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> MultiPathVote.of("svamp", cot, pot));
        assertEquals(
                "svamp: problem q has pot samples but no cot samples: sample both paths on the same problems",
                e.getMessage());

        List<GradedSample> repeated = new ArrayList<>(cot);
        repeated.add(sampled("p", Strategy.COT, 0, "7", "6"));
        e = assertThrows(IllegalArgumentException.class, () -> MultiPathVote.of("svamp", repeated, pot));
        assertEquals(
                "svamp: problem p has two cot samples with index 0: vote over the samples of one run at a time",
                e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> MultiPathVote.of("svamp", cot, List.of()));
        assertEquals("svamp: no graded pot samples; multi-path voting needs both cot and pot outputs", e.getMessage());
    }

    /** Sample 0 of the problems p1, p2, … in order, one per prediction. */
    private static List<GradedSample> onePerProblem(Strategy strategy, String gold, String... predictions) {
        List<GradedSample> samples = new ArrayList<>();
        for (int i = 0; i < predictions.length; i++) {
            samples.add(sampled("p" + (i + 1), strategy, 0, gold, predictions[i]));
        }
        return samples;
    }

    /** Samples 0, 1, … of one problem, one per prediction. */
    private static List<GradedSample> path(String id, Strategy strategy, String gold, String... predictions) {
        List<GradedSample> samples = new ArrayList<>();
        for (int i = 0; i < predictions.length; i++) {
            samples.add(sampled(id, strategy, i, gold, predictions[i]));
        }
        return samples;
    }
}
