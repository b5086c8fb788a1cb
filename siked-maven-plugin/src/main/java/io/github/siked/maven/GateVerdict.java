package io.github.siked.maven;

import io.github.siked.eval.GateResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** What a goal does with its accuracy gate: fail the build on a miss, or only warn when told to. */
final class GateVerdict {

    private GateVerdict() {}

    /**
     * @param failOnMiss {@code siked.gate.fail}: false logs the misses and lets the build go on
     * @throws MojoFailureException listing every miss, when one is missed and {@code failOnMiss}
     */
    static void enforce(GateResult gate, boolean failOnMiss, Log log) throws MojoFailureException {
        if (gate.passed()) {
            return;
        }
        if (!failOnMiss) {
            log.warn(gate.failureMessage() + "\n(siked.gate.fail=false: the build goes on)");
            return;
        }
        throw new MojoFailureException(gate.failureMessage());
    }
}
