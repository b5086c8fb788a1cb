package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;

/**
 * A hook on the decoder's projections, for adapters trained next to frozen weights (LoRA). The
 * decoder calls it after each projection's base matmul; {@link #NONE} leaves every output as is.
 */
@FunctionalInterface
public interface Adapter {

    /** No adapter: the base model. */
    Adapter NONE = (layer, site, input, output) -> output;

    /** The projections of a layer, as the decoder stores them (q/k/v and gate/up fused). */
    enum Site {
        /** Fused q, k, v: output rows q, then k, then v. */
        QKV,
        /** o_proj. */
        OUTPUT,
        /** Fused gate and up: output rows gate, then up. */
        GATE_UP,
        /** down_proj. */
        DOWN
    }

    /**
     * The projection's output with the adapter applied.
     *
     * @param layer the layer, from 0
     * @param input the projection's input, (batch, seq, in)
     * @param output the base projection's output, (batch, seq, out)
     * @return (batch, seq, out); {@code output} itself when this site is not adapted
     */
    NDArray adapt(int layer, Site site, NDArray input, NDArray output);
}
