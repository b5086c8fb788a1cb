package io.github.siked.loop;

import io.github.siked.eval.BaselineMargin;
import io.github.siked.eval.Threshold;
import java.util.List;

/**
 * What the reported test accuracies must meet, or the build fails.
 *
 * @param thresholds minimum accuracies ({@code <thresholds>})
 * @param margins "beat method X by delta" checks ({@code <baselineMargins>})
 */
public record GateRules(List<Threshold> thresholds, List<BaselineMargin> margins) {

    public GateRules {
        thresholds = List.copyOf(thresholds);
        margins = List.copyOf(margins);
    }

    /** No checks: the gate passes. */
    public static GateRules none() {
        return new GateRules(List.of(), List.of());
    }
}
