package io.github.siked.mix;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How iteration t's training data D_t[s] is built from the student's own correct samples D_self[s]
 * and the teacher's D_LLM[s], per strategy s (SIKeD, arXiv 2410.18574, section 3; docs/method.md,
 * "Mixing").
 */
public enum MixPolicy {
    /** D_self[s] plus every teacher row of s. */
    ALL("all"),
    /**
     * SIKeD's "sparse" mix: D_self[s] plus the teacher rows of the questions the student did not
     * solve with s, so the data stays about the size of D_LLM and its teacher share falls as the
     * student improves.
     */
    ADAPTIVE("adaptive"),
    /** D_self[s] alone: pure self-distillation (STaR, ReST-EM), the other extreme. */
    SELF_ONLY("self-only"),
    /** An ablation: D_self[s] plus teacher rows subsampled so that the teacher share is a fixed alpha. */
    FIXED_ALPHA("fixed-alpha");

    private final String id;

    MixPolicy(String id) {
        this.id = id;
    }

    /** The name a pom writes: {@code all}, {@code adaptive}, {@code self-only}, {@code fixed-alpha}. */
    public String id() {
        return id;
    }

    /**
     * Reads a policy as a pom writes it.
     *
     * @throws IllegalArgumentException naming {@code <mix><policy>}, the bad value and the allowed ids
     */
    public static MixPolicy parse(String id) {
        String key = id == null ? "" : id.strip();
        for (MixPolicy policy : values()) {
            if (policy.id.equals(key)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("<mix><policy> is '" + id + "': use one of "
                + Arrays.stream(values()).map(MixPolicy::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
