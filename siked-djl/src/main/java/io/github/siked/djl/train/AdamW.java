package io.github.siked.djl.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam with decoupled weight decay (AdamW; Loshchilov and Hutter,
 * <a href="https://arxiv.org/abs/1711.05101">arXiv 1711.05101</a>) with bias correction, as
 * torch.optim.AdamW: p ← p·(1 − lr·λ) − lr·m̂ / (√v̂ + ε). Weight decay skips vectors (norm scales,
 * biases), as transformers' Trainer does.
 *
 * <p>Moments live in the optimizer's own manager. Updates run outside autograd, in place, so Java
 * number operands are safe here (the pitfall of scalar operands is a graph holding a freed scalar
 * until backward). About a dozen native ops per parameter.
 */
final class AdamW implements AutoCloseable {

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final NDManager manager;
    private final double weightDecay;
    private final Map<String, NDArray> first = new LinkedHashMap<>();
    private final Map<String, NDArray> second = new LinkedHashMap<>();
    private long steps;

    /** A fresh optimizer with zero moments for each of {@code parameters}. */
    AdamW(Map<String, NDArray> parameters, double weightDecay, NDManager parent) {
        this.manager = parent.newSubManager();
        this.weightDecay = weightDecay;
        parameters.forEach((name, p) -> {
            first.put(name, manager.zeros(p.getShape()));
            second.put(name, manager.zeros(p.getShape()));
        });
    }

    /**
     * One update of every parameter from its gradient times {@code gradientScale} (the clip factor).
     * Temporaries go to {@code step}, which the caller closes; the gradients must belong to it too.
     */
    void update(
            Map<String, NDArray> parameters,
            Map<String, NDArray> gradients,
            double learningRate,
            double gradientScale,
            NDManager step) {
        steps++;
        double correction1 = 1 - Math.pow(BETA1, steps);
        double correction2 = 1 - Math.pow(BETA2, steps);
        double stepSize = learningRate / correction1;
        for (Map.Entry<String, NDArray> entry : parameters.entrySet()) {
            String name = entry.getKey();
            NDArray p = entry.getValue();
            NDArray g = gradients.get(name);
            NDArray m = first.get(name);
            NDArray v = second.get(name);
            // m ← β₁m + (1−β₁)·s·g ; v ← β₂v + (1−β₂)·s²·g²  (s: the clip factor)
            m.muli(BETA1).addi(g.mul(step.create((float) ((1 - BETA1) * gradientScale))));
            v.muli(BETA2).addi(g.square().muli((float) ((1 - BETA2) * gradientScale * gradientScale)));
            // √v̂ + ε, with step-owned first operands: an op on m or v would leave its result in ours.
            NDArray denominator =
                    step.create((float) (1 / correction2)).mul(v).sqrt().addi((float) EPSILON);
            if (weightDecay > 0 && p.getShape().dimension() > 1) {
                p.muli((float) (1 - learningRate * weightDecay));
            }
            p.subi(step.create((float) stepSize).mul(m).divi(denominator));
        }
    }

    /** Optimizer steps taken, for bias correction; saved with a checkpoint. */
    long steps() {
        return steps;
    }

    /** The moments by name ({@code m.<param>}, {@code v.<param>}), for a checkpoint. */
    Map<String, NDArray> state() {
        Map<String, NDArray> state = new LinkedHashMap<>();
        first.forEach((name, m) -> state.put("m." + name, m));
        second.forEach((name, v) -> state.put("v." + name, v));
        return state;
    }

    /** Restores moments and the step count written by {@link #state} and {@link #steps}. */
    void restore(Map<String, float[]> state, long steps) {
        first.forEach((name, m) -> m.set(required(state, "m." + name)));
        second.forEach((name, v) -> v.set(required(state, "v." + name)));
        this.steps = steps;
    }

    private static float[] required(Map<String, float[]> state, String name) {
        float[] values = state.get(name);
        if (values == null) {
            throw new IllegalArgumentException("the checkpoint has no optimizer state " + name
                    + ": it was written by another model or settings; delete it to start over");
        }
        return values;
    }

    @Override
    public void close() {
        manager.close();
    }
}
