package io.github.siked.maven;

import io.github.siked.loop.StopRule;

/** The {@code <stop>} element: stop after {@code patience} iterations without a validation gain of {@code minGain}. */
public class StopSettings {

    /** Iterations without progress before stopping. Default: 1. */
    int patience = 1;
    /** The least validation gain that counts as progress, a fraction. Default: 0. */
    double minGain = 0;

    StopRule toRule() {
        return new StopRule(patience, minGain);
    }
}
