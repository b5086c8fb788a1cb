package io.github.siked.eval;

/**
 * Mixed Distillation's single-path and multi-path accuracies on one dataset (Li et al., "Mixed
 * Distillation Helps Smaller Language Models Reason Better", Findings of EMNLP 2024).
 *
 * @param problems the problems scored
 * @param cotOnly accuracy of the chain-of-thought path alone (the majority of its samples)
 * @param potOnly accuracy of the program-of-thought path alone (the majority of its samples)
 * @param vote accuracy of the majority vote over both paths' answers together
 */
public record VoteScores(long problems, double cotOnly, double potOnly, double vote) {

    public VoteScores {
        if (problems < 1) {
            throw new IllegalArgumentException("vote scores need at least one problem; was " + problems);
        }
        Fractions.require("cotOnly", cotOnly);
        Fractions.require("potOnly", potOnly);
        Fractions.require("vote", vote);
    }
}
