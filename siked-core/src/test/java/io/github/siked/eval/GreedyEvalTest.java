package io.github.siked.eval;

import static io.github.siked.eval.Graded.greedy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.record.GradedSample;
import io.github.siked.record.Jsonl;
import io.github.siked.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GreedyEvalTest {

    private static final double LOG2_3 = Math.log(3) / Math.log(2);

    /** Five problems: two cot (one right), one l2m, one pot, one untagged; four correct. */
    private static List<GradedSample> mixed() {
        return List.of(
                greedy("p1", "[cot]: Step 1: 2 + 3 = 5.\nFinal Answer: 5", "5", "5"),
                greedy("p2", "[cot]: Step 1: 1 + 2 = 4.\nFinal Answer: 4", "3", "4"),
                greedy("p3", "[pot]: answer = 7", "7", "7"),
                greedy("p4", "[l2m]: Sub-question 1: ...\nFinal Answer: 2", "2", "2"),
                // Untagged: the sampler stores it as cot, but the student chose no strategy.
                greedy("p5", "Step 1: 4 + 5 = 9.\nFinal Answer: 9", "9", "9"));
    }

    @Test
    void countsAccuracyAndItsInterval() {
        DatasetEval eval = GreedyEval.of("synthetic:test", mixed());
        assertEquals("synthetic:test", eval.dataset());
        assertEquals(5, eval.n());
        assertEquals(4, eval.correct());
        assertEquals(0.8, eval.accuracy(), 1e-12);
        assertEquals(Interval.wilson95(4, 5), eval.ci95());
    }

    @Test
    void bucketsByTheTagTheStudentWrote() {
        DatasetEval eval = GreedyEval.of("synthetic:test", mixed());
        assertEquals(
                List.of("cot", "l2m", "pot", "none"),
                List.copyOf(eval.byStrategy().keySet()));
        assertEquals(new StrategyStats(2, 0.4, 0.5), eval.byStrategy().get("cot"));
        assertEquals(new StrategyStats(1, 0.2, 1.0), eval.byStrategy().get("l2m"));
        assertEquals(new StrategyStats(1, 0.2, 1.0), eval.byStrategy().get("pot"));
        assertEquals(new StrategyStats(1, 0.2, 1.0), eval.byStrategy().get("none"));
        double shares = eval.byStrategy().values().stream()
                .mapToDouble(StrategyStats::share)
                .sum();
        assertEquals(1.0, shares, 1e-12);
    }

    @Test
    void untaggedOutputsCountAsNoneWhateverTheRecordSays() {
        DatasetEval eval = GreedyEval.of(
                "d",
                List.of(
                        Graded.of("p1", Strategy.COT, 0, "Final Answer: 1", "1", "1"),
                        Graded.of("p2", Strategy.POT, 0, "answer = 2", "2", "2"),
                        Graded.of("p3", Strategy.L2M, 0, "text before [l2m]: Final Answer: 4", "3", "4")));
        assertEquals(new StrategyStats(3, 1.0, 2.0 / 3), eval.byStrategy().get("none"));
        assertEquals(new StrategyStats(0, 0.0, 0.0), eval.byStrategy().get("cot"));
        assertEquals(0.0, eval.strategyEntropy());
    }

    @Test
    void entropyIsZeroForOneStrategyOneBitForTwoAndLog3ForThree() {
        assertEquals(0.0, entropyOf("[pot]: ", "[pot]: ", "[pot]: "), 1e-12);
        assertEquals(1.0, entropyOf("[pot]: ", "[cot]: ", "[pot]: ", "[cot]: "), 1e-12);
        assertEquals(LOG2_3, entropyOf("[pot]: ", "[cot]: ", "[l2m]: "), 1e-12);
        assertEquals(2.0, entropyOf("[pot]: ", "[cot]: ", "[l2m]: ", "untagged"), 1e-12);
        // Shares 0.4, 0.2, 0.2, 0.2: −(0.4·log2 0.4 + 3·0.2·log2 0.2).
        assertEquals(1.921928095, GreedyEval.of("d", mixed()).strategyEntropy(), 1e-9);
    }

    @Test
    void harnessScoresReadOnlyCotTaggedOutputs() {
        DatasetEval eval = GreedyEval.of(
                "gsm8k-test",
                List.of(
                        // strict-match reads the number after ####; flexible-extract the last number.
                        greedy("a", "[cot]: Step 1: 2 + 3 = 5.\n#### 5", "5", "5"),
                        // No ####: only flexible-extract finds 5. The harness cuts the text at "Question:".
                        greedy("b", "[cot]: Step 1: 2 + 3 = 5.\nFinal Answer: 5\nQuestion: what is 8?", "5", "5"),
                        // The first #### is right but the last number is not.
                        greedy("c", "[cot]: 3 boxes #### 12\nthen 11 more", "12", "12"),
                        // Neither pot nor untagged outputs are scored by the harness.
                        greedy("d", "[pot]: answer = 6\n#### 6", "6", "6"),
                        greedy("e", "Final Answer: 6\n#### 6", "6", "6")));
        HarnessScores harness = eval.harness().orElseThrow();
        assertEquals(3, harness.n());
        assertEquals(2.0 / 3, harness.strictMatch(), 1e-12);
        assertEquals(2.0 / 3, harness.flexibleExtract(), 1e-12);
    }

    @Test
    void noCotOutputMeansNoHarnessScores() {
        DatasetEval eval = GreedyEval.of("d", List.of(greedy("p", "[pot]: answer = 1", "1", "1")));
        assertFalse(eval.harness().isPresent());
    }

    @Test
    void refusesSampledOutputsAndRepeatedProblems() {
        List<GradedSample> sampled = new ArrayList<>(mixed());
        sampled.add(Graded.of("p9", Strategy.COT, 3, "[cot]: 1", "1", "1"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> GreedyEval.of("svamp", sampled));
        assertEquals(
                "svamp: output 3 of problem p9 is not a greedy output (index 0): evaluate greedy decoding with k=1",
                e.getMessage());

        List<GradedSample> twice = new ArrayList<>(mixed());
        twice.add(greedy("p3", "[pot]: answer = 7", "7", "7"));
        e = assertThrows(IllegalArgumentException.class, () -> GreedyEval.of("svamp", twice));
        assertEquals(
                "svamp: problem p3 has two greedy outputs (index 0): evaluate one output per problem, from one run",
                e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> GreedyEval.of("svamp", List.of()));
        assertEquals(
                "svamp: no graded outputs to evaluate; check that the sample stage ran on this dataset",
                e.getMessage());
    }

    @Test
    void serialisesAsTheMetricsContractWants() {
        JsonNode json = Jsonl.MAPPER.valueToTree(GreedyEval.of("synthetic:test", mixed()));
        assertEquals(5, json.get("n").asInt());
        assertTrue(json.get("ci95").isArray());
        assertEquals(2, json.get("ci95").size());
        assertEquals(Interval.wilson95(4, 5).low(), json.get("ci95").get(0).asDouble());
        assertEquals(0.4, json.get("byStrategy").get("cot").get("share").asDouble());
        assertEquals(0.5, json.get("byStrategy").get("cot").get("accuracy").asDouble());
        assertEquals(2, json.get("harness").get("n").asInt());
        JsonNode noHarness =
                Jsonl.MAPPER.valueToTree(GreedyEval.of("d", List.of(greedy("p", "[pot]: answer = 1", "1", "1"))));
        assertFalse(noHarness.has("harness"), noHarness.toString());
    }

    private static double entropyOf(String... prefixes) {
        List<GradedSample> samples = new ArrayList<>();
        for (int i = 0; i < prefixes.length; i++) {
            samples.add(greedy("p" + i, prefixes[i] + " Final Answer: 1", "1", "1"));
        }
        return GreedyEval.of("d", samples).strategyEntropy();
    }
}
