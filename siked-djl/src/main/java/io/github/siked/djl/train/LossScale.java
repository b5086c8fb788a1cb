package io.github.siked.djl.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Dynamic loss scaling for fp16 mixed precision (Micikevicius et al.,
 * <a href="https://arxiv.org/abs/1710.03740">arXiv 1710.03740</a>, section 3.2), with the
 * constants of torch's GradScaler: the loss is multiplied by the scale before backward, so that
 * small gradients do not flush to zero in float16; a step whose gradients came out non-finite
 * (an overflow) is skipped and the scale halves; after {@link #GROWTH_INTERVAL} good steps in a
 * row the scale doubles, probing for the largest scale that does not overflow.
 *
 * <p>Scales stay powers of two, so scaling and unscaling are exact. The scale and the good-step
 * count go into the training checkpoint, so a resumed run scales as the uninterrupted one did.
 */
final class LossScale {

    /** 2¹⁶, torch's initial scale. */
    static final double INITIAL = 65536;
    /** Good steps in a row before the scale doubles (torch's growth_interval). */
    static final int GROWTH_INTERVAL = 2000;

    private final int growthInterval;
    private double scale;
    private long goodSteps;

    /**
     * @param initial the first scale, a power of two
     * @param growthInterval good steps in a row before the scale doubles, 1 or more
     */
    LossScale(double initial, int growthInterval) {
        if (!(initial > 0) || initial != Math.scalb(1.0, Math.getExponent(initial))) {
            throw new IllegalArgumentException(
                    "the initial loss scale must be a power of two, for" + " instance 65536; was " + initial);
        }
        if (growthInterval < 1) {
            throw new IllegalArgumentException(
                    "the loss scale's growth interval must be 1 or more; was " + growthInterval);
        }
        this.scale = initial;
        this.growthInterval = growthInterval;
    }

    /** The scaler torch's GradScaler defaults to: 2¹⁶, doubling after 2,000 good steps. */
    static LossScale standard() {
        return new LossScale(INITIAL, GROWTH_INTERVAL);
    }

    /** The current scale. */
    double scale() {
        return scale;
    }

    /** Good steps since the scale last changed. */
    long goodSteps() {
        return goodSteps;
    }

    /**
     * The scale as a float32 scalar array in {@code step}, to multiply the loss by under autograd:
     * never a Java number there (DJL frees its temporary scalar before backward reads it).
     */
    NDArray array(NDManager step) {
        return step.create((float) scale);
    }

    /**
     * Records the outcome of a step's backward pass and adjusts the scale.
     *
     * @param finite whether every gradient (and the loss) came out finite
     * @return whether the optimizer should apply this step: false after an overflow
     */
    boolean update(boolean finite) {
        if (!finite) {
            scale /= 2;
            goodSteps = 0;
            return false;
        }
        goodSteps++;
        if (goodSteps == growthInterval) {
            scale *= 2;
            goodSteps = 0;
        }
        return true;
    }

    /** Puts back a scale and count saved with a checkpoint. */
    void restore(double savedScale, long savedGoodSteps) {
        if (!(savedScale > 0) || savedGoodSteps < 0 || savedGoodSteps >= growthInterval) {
            throw new IllegalArgumentException("the checkpoint's loss scale " + savedScale + " after " + savedGoodSteps
                    + " good steps is not a valid state; delete the checkpoint to start over");
        }
        scale = savedScale;
        goodSteps = savedGoodSteps;
    }
}
