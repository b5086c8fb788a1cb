package io.github.siked.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The accuracy gate: checks measured accuracies against minimum thresholds and against baselines,
 * so that a build fails when a change makes the student worse. Every configured check gives a
 * {@link GateCheck}; a check whose dataset was not evaluated, or whose baseline was not run, is a
 * miss that says so, never a silent pass.
 */
public final class Gate {

    /**
     * Accuracies are ratios of counts and a required value is a baseline plus a delta: equal values
     * may differ in the last bits, so a shortfall smaller than this passes.
     */
    static final double SLACK = 1e-12;

    private static final String THRESHOLDS = "(<thresholds>)";

    private static final String MARGINS = "(<baselineMargins>)";

    private Gate() {}

    /**
     * Runs every check.
     *
     * @param ours our accuracy per evaluated dataset
     * @param baselines every baseline that was run, with its accuracy per dataset
     * @param thresholds the minimum accuracies, checked first, in order
     * @param margins the leads required over baselines, checked next, in order
     * @throws IllegalArgumentException when an accuracy is not a fraction in [0, 1]
     */
    public static GateResult check(
            MethodAccuracy ours,
            List<MethodAccuracy> baselines,
            List<Threshold> thresholds,
            List<BaselineMargin> margins) {
        ours.byDataset().forEach((d, a) -> Fractions.require("accuracy of " + d, a));
        baselines.forEach(b ->
                b.byDataset().forEach((d, a) -> Fractions.require("baseline " + b.method() + " accuracy of " + d, a)));
        List<GateCheck> checks = new ArrayList<>();
        for (Threshold t : thresholds) {
            checks.add(threshold(t, ours.on(t.dataset()).orElse(null)));
        }
        for (BaselineMargin m : margins) {
            Optional<MethodAccuracy> baseline = baselines.stream()
                    .filter(b -> b.method().equals(m.baseline()))
                    .findFirst();
            checks.add(margin(m, ours.on(m.dataset()).orElse(null), baseline.orElse(null)));
        }
        return new GateResult(checks);
    }

    private static GateCheck threshold(Threshold t, Double measured) {
        String d = t.dataset();
        String name = d + " >= " + Fractions.format(t.minAccuracy());
        if (measured == null) {
            return missing(
                    name,
                    d,
                    t.minAccuracy(),
                    d + " was not evaluated, so its minimum accuracy "
                            + Fractions.format(t.minAccuracy()) + " cannot be checked " + THRESHOLDS
                            + ": evaluate " + d + " or remove its threshold");
        }
        boolean passed = measured >= t.minAccuracy() - SLACK;
        String[] shown = Fractions.distinct(measured, t.minAccuracy());
        String description = d + " accuracy " + shown[0] + (passed ? " meets the minimum " : " is below the minimum ")
                + shown[1] + " " + THRESHOLDS;
        return new GateCheck(name, d, t.minAccuracy(), measured, passed, description);
    }

    private static GateCheck margin(BaselineMargin m, Double measured, MethodAccuracy baseline) {
        String d = m.dataset();
        String b = m.baseline();
        String delta = Fractions.format(Math.abs(m.delta()));
        String name = d + " >= " + b + (m.delta() < 0 ? " - " : " + ") + delta;
        if (baseline == null) {
            return missing(
                    name,
                    d,
                    Double.NaN,
                    "baseline " + b + " was not run, so " + d + " cannot be compared with it " + MARGINS
                            + ": run the baseline or remove the margin");
        }
        Double theirs = baseline.on(d).orElse(null);
        if (theirs == null) {
            return missing(
                    name,
                    d,
                    Double.NaN,
                    "baseline " + b + " was not evaluated on " + d + " " + MARGINS + ": evaluate it on " + d
                            + " or remove the margin");
        }
        // Not capped at 1: a lead no accuracy can reach is a configuration the user should see fail.
        double required = theirs + m.delta();
        if (measured == null) {
            return missing(
                    name,
                    d,
                    required,
                    d + " was not evaluated, so it cannot be compared with baseline " + b + " " + MARGINS
                            + ": evaluate " + d + " or remove the margin");
        }
        boolean passed = measured >= required - SLACK;
        String[] shown = Fractions.distinct(measured, required);
        String against = "baseline " + b + " (" + Fractions.format(theirs) + ")";
        String description;
        if (m.delta() >= 0) {
            description = passed
                    ? d + " accuracy " + shown[0] + " beats " + against + " by at least " + delta + " " + MARGINS
                    : d + " accuracy " + shown[0] + " does not beat " + against + " by " + delta + ": needed "
                            + shown[1] + " " + MARGINS;
        } else {
            description = passed
                    ? d + " accuracy " + shown[0] + " is within " + delta + " of " + against + " " + MARGINS
                    : d + " accuracy " + shown[0] + " is not within " + delta + " of " + against + ": needed "
                            + shown[1] + " " + MARGINS;
        }
        return new GateCheck(name, d, required, measured, passed, description);
    }

    private static GateCheck missing(String name, String dataset, double required, String description) {
        return new GateCheck(name, dataset, required, Double.NaN, false, description);
    }
}
