package io.github.siked.djl.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.github.siked.djl.device.Precision;
import io.github.siked.event.EventListener;
import java.util.Map;
import java.util.Optional;

/**
 * Ends each training step: clips the step's gradients by their global norm and hands them to
 * AdamW, or skips them after an fp16 overflow, and stops a run that has diverged.
 *
 * <p>When training has diverged: in fp32, as soon as the loss or the gradient norm is not finite.
 * In fp16 a non-finite gradient is first an overflow of the scaled float16 backward pass, which the
 * scaler handles by skipping the step and halving the scale; only an overflow at a scale of 1 or
 * less, where nothing is scaled up any more (the float16 forward pass itself overflows, or the
 * gradients exceed float16's range unscaled), is divergence. From the initial 2¹⁶ that takes at
 * least 17 overflowing steps.
 */
final class OptimizerStep {

    private final Map<String, NDArray> trainable;
    private final AdamW optimizer;
    private final Optional<LossScale> scaler;
    private final double clipNorm;
    private final EventListener events;

    /**
     * @param trainable the weights the optimizer updates, by name
     * @param scaler fp16's loss scale; empty in fp32
     * @param clipNorm the global gradient-norm limit, 0 for none
     */
    OptimizerStep(
            Map<String, NDArray> trainable,
            AdamW optimizer,
            Optional<LossScale> scaler,
            double clipNorm,
            EventListener events) {
        this.trainable = trainable;
        this.optimizer = optimizer;
        this.scaler = scaler;
        this.clipNorm = clipNorm;
        this.events = events;
    }

    /**
     * Applies one step's gradients, or skips them after an fp16 overflow. Their norm is taken as
     * backward left them: scaled by the loss scale in fp16, which is divided out here, folded into
     * the optimizer's coefficient with the clip factor.
     *
     * @param gradients the step's gradients, by the names of {@code trainable}
     * @throws IllegalArgumentException when training has diverged
     */
    void apply(long step, double loss, Map<String, NDArray> gradients, double learningRate, NDManager scope) {
        double norm = GradientClip.globalNorm(gradients.values());
        boolean finite = Double.isFinite(norm) && Double.isFinite(loss);
        double scale = scaler.map(LossScale::scale).orElse(1.0);
        if (!finite && (scaler.isEmpty() || scale <= 1)) {
            throw new IllegalArgumentException("training diverged at step " + step + " (loss " + loss
                    + ", gradient norm " + norm / scale
                    + (scaler.isPresent()
                            ? ", in fp16 at loss scale " + scale + "; try " + Precision.KEY + "=fp32"
                            : "")
                    + "): lower siked.train.learningRate"
                    + " or set siked.train.clipNorm");
        }
        if (scaler.isPresent() && !scaler.get().update(finite)) {
            // Nothing to clear: fp16's gradient sums go with the step's manager.
            events.info(String.format(
                    "step %,d: fp16 gradients overflowed at loss scale %.0f; update" + " skipped, loss scale now %s",
                    step + 1, scale, readable(scaler.get().scale())));
            return;
        }
        optimizer.update(
                trainable, gradients, learningRate, GradientClip.factor(norm / scale, clipNorm) / scale, scope);
        if (scaler.isEmpty()) {
            // fp32 gradients live in the weights and accumulate there: zero them for the next step.
            gradients.values().forEach(g -> g.subi(g));
        }
    }

    /** A power-of-two scale as an integer when it is one, else as 2^k. */
    private static String readable(double scale) {
        return scale >= 1 && scale < 1e15 ? String.format("%.0f", scale) : "2^" + Math.getExponent(scale);
    }
}
