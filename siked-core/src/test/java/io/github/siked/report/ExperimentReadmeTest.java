package io.github.siked.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExperimentReadmeTest {

    private final String readme = ExperimentReadme.render(SampleMetrics.gemma());

    @Test
    void saysWhoTaughtWhomAndWhichIterationWasChosen() {
        assertTrue(
                readme.startsWith("# gsm8k-gemma-2b\n\nStudent `google/gemma-2b` learned from teacher "
                        + "`meta-llama/Meta-Llama-3-70B-Instruct` by SIKeD adaptive, seed 42. Of iterations 0–2, iteration 1 had the "
                        + "best validation accuracy (47.2%), so the test scores are its student's.\n"),
                readme);
    }

    @Test
    void tabulatesTestSetsWithIntervalsStrategiesHarnessAndSampledScores() {
        assertTrue(
                readme.contains(
                        "| dataset | n | accuracy (95% CI) | cot share / accuracy | l2m share / accuracy "
                                + "| pot share / accuracy | harness strict-match | harness flexible-extract | maj@4 | pass@4 |\n"),
                readme);
        assertTrue(
                readme.contains("| gsm8k-test | 1,319 | 47.2% (44.6–49.9) | 15.0% / 40.0% | 5.0% / 30.0% "
                        + "| 80.0% / 50.0% | 38.1% | 40.2% | 50.1% | 63.3% |\n"),
                readme);
        assertTrue(
                readme.contains(
                        "| svamp | 1,000 | 55.1% (52.0–58.2) | 20.0% / 35.5% | – | 80.0% / 60.0% | – | – | – | – |\n"),
                readme);
    }

    @Test
    void tabulatesIterationsMarkingTheBest() {
        assertTrue(
                readme.contains("| iteration | α | teacher rows | student rows | validation | cot share | l2m share "
                        + "| pot share | none share | entropy | train steps |\n"),
                readme);
        assertTrue(
                readme.contains("| 0 | 1.000 | 18,500 | 0 | 44.1% | 25.0% | 5.0% | 69.0% | 1.0% | 1.100 | 6,938 |\n"),
                readme);
        assertTrue(
                readme.contains(
                        "| 1 (best) | 0.620 | 11,470 | 7,030 | 47.2% | 15.0% | 5.0% | 80.0% | – | 0.884 | 6,938 |\n"),
                readme);
    }

    @Test
    void tabulatesTheComparisonAcrossSeeds() {
        assertTrue(readme.contains("| variant | description | seeds | validation | gsm8k-test | svamp |\n"), readme);
        assertTrue(
                readme.contains("| SIKeD adaptive | self-generated rows replace solved teacher rows | 1, 2, 3 "
                        + "| 47.2 ± 0.8 | 47.4 ± 0.6 | – |\n"),
                readme);
        // A pipe in a description is escaped, one seed shows no spread.
        assertTrue(
                readme.contains("| Combined | iteration 0 \\| all strategies pooled | 1 | – | 44.1 | 52.0 |\n"),
                readme);
    }

    @Test
    void embedsThePlotsByRelativeLink() {
        assertTrue(readme.contains("![Accuracy per iteration](accuracy.svg)"));
        assertTrue(readme.contains("(strategy-share.svg)"));
        assertTrue(readme.endsWith("![Mixing rate α per iteration](alpha.svg)\n"));
    }

    @Test
    void leavesOutEmptySections() {
        String text = ExperimentReadme.render(SampleMetrics.combined("bare", 0, "svamp"));

        assertTrue(
                text.contains(" seed 0. Iteration 0 alone ran (validation accuracy 44.1%); the test scores are its "
                        + "student's.\n"),
                text);
        assertFalse(text.contains("Comparison"), text);
        assertFalse(text.contains("harness"), text);
        assertTrue(
                text.contains("| dataset | n | accuracy (95% CI) | cot share / accuracy | pot share / accuracy |\n"),
                text);
    }
}
