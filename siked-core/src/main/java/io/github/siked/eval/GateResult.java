package io.github.siked.eval;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of the accuracy gate: every check, passed or missed, in the order configured.
 *
 * @param checks the thresholds' checks, then the baseline margins'
 */
public record GateResult(List<GateCheck> checks) {

    public GateResult {
        checks = List.copyOf(checks);
    }

    /** The checks that did not pass. */
    public List<GateCheck> misses() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** Whether every check passed; true when there were none. */
    public boolean passed() {
        return checks.stream().allMatch(GateCheck::passed);
    }

    /**
     * What a failed build tells its user: a heading, then every miss on its own line with the
     * dataset, what was needed and what was measured. Empty when the gate passed.
     */
    public String failureMessage() {
        List<GateCheck> misses = misses();
        if (misses.isEmpty()) {
            return "";
        }
        return "The accuracy gate missed " + misses.size() + " of " + checks.size() + " checks:\n"
                + misses.stream().map(c -> "  " + c.description()).collect(Collectors.joining("\n"));
    }
}
