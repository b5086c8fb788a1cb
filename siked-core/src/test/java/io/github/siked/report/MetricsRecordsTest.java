package io.github.siked.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class MetricsRecordsTest {

    @Test
    void refusesAPercentageWhereAFractionBelongs() {
        assertEquals(
                "iteration 3: validationAccuracy is 47.2: it is a fraction between 0 and 1 (write 0.472, not 47.2)",
                refusal(() -> new IterationMetrics(
                        3,
                        new MixMetrics(0.5, 1, 1),
                        new ValidationMetrics(47.2, Map.of(), 0),
                        Map.of(),
                        Map.of(),
                        0)));
    }

    @Test
    void refusesNaN() {
        assertEquals(
                "accuracy is NaN: it is a fraction between 0 and 1 (write 0.472, not 47.2)",
                refusal(() -> new ShareAccuracy(0.5, Double.NaN)));
    }

    @Test
    void refusesSharesThatSumPastOne() {
        assertEquals(
                "iteration 1: strategyShare sums to 1.2: each share is the fraction of answers with that strategy, "
                        + "so together they are at most 1",
                refusal(() -> new IterationMetrics(
                        1,
                        new MixMetrics(0.5, 1, 1),
                        new ValidationMetrics(0.4, Map.of("cot", 0.6, "pot", 0.6), 0),
                        Map.of(),
                        Map.of(),
                        0)));
    }

    @Test
    void refusesAnIntervalThatIsNotLowHigh() {
        assertEquals(
                "ci95 is [0.4]: give the interval as [low, high]",
                refusal(() -> new TestMetrics(10, 0.4, List.of(0.4), Map.of(), 0, null, SampledMetrics.NONE)));
        assertEquals(
                "ci95 is [0.5, 0.3]: low must not exceed high",
                refusal(() -> new TestMetrics(10, 0.4, List.of(0.5, 0.3), Map.of(), 0, null, SampledMetrics.NONE)));
    }

    @Test
    void requiresTheBestIterationToBeOneThatRan() {
        assertEquals(
                "bestIteration is 5 but the iterations are [0, 1, 2]: name the iteration with the best validation accuracy",
                refusal(() -> SampleMetrics.experiment("x", 5)));
    }

    @Test
    void refusesAnIterationRecordedTwice() {
        assertEquals(
                "iterations holds iteration 0 twice: keep one record per iteration",
                refusal(() -> new ExperimentMetrics(
                        "x",
                        new RunSetup("s", "t", "m", 0),
                        0,
                        List.of(SampleMetrics.iteration0(), SampleMetrics.iteration0()),
                        Map.of(),
                        List.of())));
    }

    @Test
    void refusesAnExperimentNameThatIsNotAFolder() {
        assertEquals(
                "experiment '../up' is not a folder name: use letters, digits, '.', '_' and '-', starting with a "
                        + "letter or digit",
                refusal(() -> new ExperimentMetrics(
                        "../up",
                        new RunSetup("s", "t", "m", 0),
                        0,
                        List.of(SampleMetrics.iteration0()),
                        Map.of(),
                        List.of())));
    }

    @Test
    void refusesAVariantListedTwice() {
        VariantResult row = SampleMetrics.comparison().get(1);
        assertEquals(
                "comparison lists variant 'Combined' twice: merge its seeds into one row",
                refusal(() -> new ExperimentMetrics(
                        "x",
                        new RunSetup("s", "t", "m", 0),
                        0,
                        List.of(SampleMetrics.iteration0()),
                        Map.of(),
                        List.of(row, row))));
    }

    @Test
    void namesTheIterationOfABadRowCount() {
        assertEquals(
                "iteration 2: teacherRows is -1: a count cannot be negative",
                refusal(() -> new IterationMetrics(
                        2,
                        new MixMetrics(0.5, -1, 1),
                        new ValidationMetrics(0.4, Map.of(), 0),
                        Map.of(),
                        Map.of(),
                        0)));
    }

    @Test
    void keepsTheValidationSharesInTheResultsKeyOrder() {
        ValidationMetrics validation =
                new ValidationMetrics(0.4, SampleMetrics.map("none", 0.1, "pot", 0.2, "cot", 0.3), 0.5);

        assertEquals(
                List.of("cot", "pot", "none"),
                List.copyOf(validation.strategyShare().keySet()));
    }

    @Test
    void refusesARunWithoutAStudent() {
        assertEquals("student is missing or blank: name the student", refusal(() -> new RunSetup(" ", "t", "m", 0)));
    }

    @Test
    void meanSdUsesTheSampleStandardDeviation() {
        MeanSd three = MeanSd.of(List.of(0.4, 0.5, 0.6));
        assertEquals(0.5, three.mean(), 1e-15);
        assertEquals(0.1, three.sd(), 1e-15);
        assertEquals(3, three.n());

        assertEquals(new MeanSd(0.47, 0, 1), MeanSd.of(List.of(0.47)));
        assertEquals("no values: a mean needs the score of at least one seed", refusal(() -> MeanSd.of(List.of())));
    }

    @Test
    void cellsRoundTheShortestDecimalHalfUp() {
        assertEquals("47.2%", Cells.percent(0.4723));
        assertEquals("0.1%", Cells.percent(0.0005));
        assertEquals("100.0%", Cells.percent(1));
        assertEquals("0.0", Cells.fixed(-0.00001, 1));
        assertEquals("44.6–49.9", Cells.withInterval(0.4723, 0.4455, 0.4992).replaceAll(".*\\((.*)\\)", "$1"));
        assertEquals("47.2 ± 1.3", Cells.meanSd(new MeanSd(0.4723, 0.0125, 3)));
        assertEquals("7,473", Cells.count(7473));
        assertEquals("a \\| b c", Cells.text("a | b\n c"));
    }

    /** The message a constructor or factory refuses its arguments with. */
    private static String refusal(Executable construction) {
        return assertThrows(IllegalArgumentException.class, construction).getMessage();
    }
}
