package io.github.siked.djl.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import java.util.Collection;

/**
 * Global-norm gradient clipping (Pascanu et al., <a href="https://arxiv.org/abs/1211.5063">arXiv
 * 1211.5063</a>), as torch's clip_grad_norm_: when the L2 norm of all gradients together exceeds
 * the limit, every gradient is scaled by limit / norm. The scale is handed to the optimizer, which
 * folds it into its coefficients instead of rewriting each gradient.
 */
final class GradientClip {

    private GradientClip() {}

    /** The L2 norm of all {@code gradients} taken as one vector; one sync with the device. */
    static double globalNorm(Collection<NDArray> gradients) {
        NDList squares = new NDList(gradients.size());
        for (NDArray gradient : gradients) {
            squares.add(gradient.square().sum());
        }
        return Math.sqrt(NDArrays.stack(squares).sum().getFloat());
    }

    /** The factor to scale gradients by: 1 under the limit or when the limit is 0 (no clipping). */
    static double factor(double norm, double limit) {
        if (limit <= 0 || norm <= limit) {
            return 1;
        }
        // torch adds 1e-6 to the norm, so a norm just over the limit scales by slightly under 1.
        return limit / (norm + 1e-6);
    }
}
