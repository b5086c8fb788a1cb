package io.github.siked.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateTest {

    private static final MethodAccuracy OURS = ours(Map.of("synthetic:test", 0.412, "svamp", 0.61));

    private static final List<MethodAccuracy> BASELINES = List.of(
            new MethodAccuracy("combined", Map.of("synthetic:test", 0.40, "svamp", 0.60)),
            new MethodAccuracy("pot-only", Map.of("svamp", 0.65)));

    private static MethodAccuracy ours(Map<String, Double> byDataset) {
        return new MethodAccuracy("siked", byDataset);
    }

    @Test
    void passesWhenEveryCheckHolds() {
        GateResult result = Gate.check(
                OURS,
                BASELINES,
                List.of(new Threshold("synthetic:test", 0.40), new Threshold("svamp", 0.61)),
                List.of(new BaselineMargin("combined", "svamp", 0.01), new BaselineMargin("pot-only", "svamp", -0.05)));
        assertTrue(result.passed(), result.failureMessage());
        assertEquals(4, result.checks().size());
        assertEquals(List.of(), result.misses());
        assertEquals("", result.failureMessage());
        assertEquals(
                List.of(
                        "synthetic:test accuracy 0.412 meets the minimum 0.400 (<thresholds>)",
                        "svamp accuracy 0.610 meets the minimum 0.610 (<thresholds>)",
                        "svamp accuracy 0.610 beats baseline combined (0.600) by at least 0.010 (<baselineMargins>)",
                        "svamp accuracy 0.610 is within 0.050 of baseline pot-only (0.650) (<baselineMargins>)"),
                result.checks().stream().map(GateCheck::description).toList());
    }

    @Test
    void listsEveryMissOnItsOwnLine() {
        GateResult result = Gate.check(
                OURS,
                BASELINES,
                List.of(
                        new Threshold("synthetic:test", 0.45),
                        new Threshold("svamp", 0.5),
                        new Threshold("asdiv", 0.3)),
                List.of(
                        new BaselineMargin("combined", "synthetic:test", 0.02),
                        new BaselineMargin("pot-only", "svamp", -0.02),
                        new BaselineMargin("l2m-only", "svamp", 0.0),
                        new BaselineMargin("pot-only", "synthetic:test", 0.0),
                        new BaselineMargin("combined", "multiarith", 0.0)));
        assertFalse(result.passed());
        assertEquals(7, result.misses().size());
        assertEquals(
                String.join(
                        "\n",
                        "The accuracy gate missed 7 of 8 checks:",
                        "  synthetic:test accuracy 0.412 is below the minimum 0.450 (<thresholds>)",
                        "  asdiv was not evaluated, so its minimum accuracy 0.300 cannot be checked (<thresholds>):"
                                + " evaluate asdiv or remove its threshold",
                        "  synthetic:test accuracy 0.412 does not beat baseline combined (0.400) by 0.020: needed 0.420"
                                + " (<baselineMargins>)",
                        "  svamp accuracy 0.610 is not within 0.020 of baseline pot-only (0.650): needed 0.630"
                                + " (<baselineMargins>)",
                        "  baseline l2m-only was not run, so svamp cannot be compared with it (<baselineMargins>):"
                                + " run the baseline or remove the margin",
                        "  baseline pot-only was not evaluated on synthetic:test (<baselineMargins>):"
                                + " evaluate it on synthetic:test or remove the margin",
                        "  baseline combined was not evaluated on multiarith (<baselineMargins>):"
                                + " evaluate it on multiarith or remove the margin"),
                result.failureMessage());
    }

    @Test
    void aMissingDatasetIsAMissEvenAgainstABaselineThatHasIt() {
        GateResult result = Gate.check(
                ours(Map.of()),
                List.of(new MethodAccuracy("combined", Map.of("svamp", 0.6))),
                List.of(),
                List.of(new BaselineMargin("combined", "svamp", 0.0)));
        GateCheck check = result.checks().get(0);
        assertFalse(check.passed());
        assertEquals(0.6, check.required());
        assertTrue(Double.isNaN(check.measured()));
        assertEquals(
                "svamp was not evaluated, so it cannot be compared with baseline combined (<baselineMargins>):"
                        + " evaluate svamp or remove the margin",
                check.description());
    }

    @Test
    void printsMoreDecimalsWhenThreeWouldHideTheShortfall() {
        GateResult result =
                Gate.check(ours(Map.of("d", 0.4496)), List.of(), List.of(new Threshold("d", 0.45)), List.of());
        assertEquals(
                "d accuracy 0.4496 is below the minimum 0.4500 (<thresholds>)",
                result.checks().get(0).description());
    }

    @Test
    void anAccuracyEqualToTheRequirementPassesDespiteRounding() {
        // 0.1 + 0.2 is 0.30000000000000004 in binary: an exact 0.3 must still count as equal.
        GateResult result = Gate.check(
                ours(Map.of("d", 0.3)),
                List.of(new MethodAccuracy("b", Map.of("d", 0.1))),
                List.of(),
                List.of(new BaselineMargin("b", "d", 0.2)));
        assertTrue(result.passed(), result.failureMessage());
    }

    @Test
    void namesEachCheckForTheReport() {
        GateResult result = Gate.check(
                OURS,
                BASELINES,
                List.of(new Threshold("svamp", 0.5)),
                List.of(new BaselineMargin("combined", "svamp", 0.02), new BaselineMargin("pot-only", "svamp", -0.05)));
        assertEquals(
                List.of("svamp >= 0.500", "svamp >= combined + 0.020", "svamp >= pot-only - 0.050"),
                result.checks().stream().map(GateCheck::name).toList());
    }

    @Test
    void noChecksPass() {
        assertTrue(Gate.check(OURS, BASELINES, List.of(), List.of()).passed());
    }

    @Test
    void configurationErrorsNameTheElementAndTheValue() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Threshold("gsm8k-test", 45));
        assertEquals(
                "<thresholds> <minAccuracy> for gsm8k-test must be a fraction between 0 and 1 (0.45 means 45 %); was 45.0",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Threshold(" ", 0.4));
        assertEquals(
                "<thresholds> <dataset> is missing: name an evaluated dataset, for instance gsm8k-test",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new BaselineMargin("combined", "svamp", 2));
        assertEquals(
                "<baselineMargins> <delta> for baseline combined on svamp must be a fraction between -1 and 1"
                        + " (0.02 means two points); was 2.0",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new BaselineMargin("", "svamp", 0));
        assertEquals(
                "<baselineMargins> <baseline> is missing: name a baseline the experiment runs, for instance combined",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Threshold("d", Double.NaN));
        e = assertThrows(
                IllegalArgumentException.class,
                () -> Gate.check(ours(Map.of("svamp", 61.0)), List.of(), List.of(), List.of()));
        assertEquals("accuracy of svamp must be a fraction in [0, 1]; was 61.0", e.getMessage());
    }
}
